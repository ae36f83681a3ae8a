import { afterAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { insertEventRows } from "@/lib/ingest/insert-events";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { createBudget, deleteBudget, listBudgets, updateBudget } from "@/lib/budgets/queries";
import { budgetViewSchema, createBudgetSchema } from "@/lib/budgets/schemas";
import { createOrg, createUser, event } from "@/test/fixtures";

const NOW = new Date("2026-03-20T12:00:00Z");
const orgs: string[] = [];

async function setup() {
  const org = await createOrg(getPool(), "Budget CRUD org");
  orgs.push(org.orgId);
  const [other] = await sqlRows<{ id: string }>(getPool(), `INSERT INTO teams (org_id, key, name) VALUES ($1, 'other', 'Other') RETURNING id`, [org.orgId]);
  await getPool().query(`INSERT INTO features (org_id, key, name, team_id) VALUES ($1, 'elsewhere', 'Elsewhere', $2)`, [org.orgId, other.id]);
  const admin = { userId: await createUser(getPool(), "admin") };
  const lead = { userId: await createUser(getPool(), "lead"), ledTeamIds: new Set([org.teamId]) };
  return { ...org, otherTeamId: other.id, admin, lead };
}

const body = (over: Record<string, unknown>) =>
  createBudgetSchema.parse({ ...(over.scope === "feature" ? { scope: "feature" } : { scope: "team", team: "core" }), period: "month", amountUsd: "500.00", ...over });

afterAll(async () => {
  await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [orgs]);
});

describe("budget changes", () => {
  it("creates with defaults, lists with spend and past periods, and audits every change with before and after", async () => {
    const o = await setup();
    await insertEventRows(getPool(), o.orgId, [
      event({ teamId: o.teamId, featureId: o.features.chat }, { ts: "2026-03-02T10:00:00Z", costNano: 120_000_000_000n }),
      event({ teamId: o.teamId, featureId: o.features.chat }, { ts: "2026-02-15T10:00:00Z", costNano: 80_000_000_000n }),
    ]);
    await rebuildDailyRollups(getPool(), o.orgId);
    const b = await createBudget(o.orgId, o.admin, body({}), NOW);
    expect(budgetViewSchema.parse(b)).toMatchObject({
      name: "Core monthly budget", scope: "team", team: "core", feature: null, ownerTeam: "core", period: "month", amountUsd: "500.00", thresholds: [50, 80, 100], hard: false,
      current: { periodStart: "2026-03-01T00:00:00.000Z", spentNano: "120000000000", percentUsed: 24, state: "on_track" },
    });
    expect(b.pastPeriods[0]).toEqual({ periodStart: "2026-02-01T00:00:00.000Z", periodEnd: "2026-03-01T00:00:00.000Z", spentNano: "80000000000", percentUsed: 16 });
    expect(b.pastPeriods).toHaveLength(6);

    const patched = await updateBudget(o.orgId, o.admin, b.id, { amountUsd: "100", thresholds: [90, 10], hard: true }, NOW);
    expect(patched).toMatchObject({ amountUsd: "100.00", thresholds: [10, 90], hard: true, current: { state: "over", remainingNano: "0", percentUsed: 120 } });
    expect((await listBudgets(o.orgId, NOW)).map((x) => x.id)).toEqual([b.id]);
    await deleteBudget(o.orgId, o.admin, b.id);
    expect(await listBudgets(o.orgId, NOW)).toEqual([]);

    const audit = await sqlRows<{ action: string; actor_user_id: string; details: { before: unknown; after: unknown } }>(
      getPool(), `SELECT action, actor_user_id, details FROM audit_logs WHERE org_id = $1 AND target = $2 ORDER BY created_at`, [o.orgId, b.id],
    );
    expect(audit.map((a) => a.action)).toEqual(["budget.created", "budget.updated", "budget.deleted"]);
    expect(audit.every((a) => a.actor_user_id === o.admin.userId)).toBe(true);
    expect(audit[1].details).toEqual({
      before: { name: "Core monthly budget", scope: "team", team: "core", period: "month", amountUsd: "500.00", thresholds: [50, 80, 100], hard: false },
      after: { name: "Core monthly budget", scope: "team", team: "core", period: "month", amountUsd: "100.00", thresholds: [10, 90], hard: true },
    });
    expect(audit[2].details.after).toBeNull();
  });

  it("lets a lead manage budgets of their teams and of those teams' features, and nothing else (403)", async () => {
    const o = await setup();
    const mine = await createBudget(o.orgId, o.lead, body({}), NOW);
    const feature = await createBudget(o.orgId, o.lead, body({ scope: "feature", feature: "chat", period: "week" }), NOW);
    expect(feature).toMatchObject({ scope: "feature", feature: "chat", team: null, ownerTeam: "core", name: "CHAT weekly budget" });
    await expect(createBudget(o.orgId, o.lead, body({ team: "other" }), NOW)).rejects.toMatchObject({ status: 403 });
    await expect(createBudget(o.orgId, o.lead, body({ scope: "feature", feature: "elsewhere" }), NOW)).rejects.toMatchObject({ status: 403 });
    // moving their budget to another team, or touching another team's budget, is refused too
    await expect(updateBudget(o.orgId, o.lead, mine.id, { team: "other" }, NOW)).rejects.toMatchObject({ status: 403 });
    const theirs = await createBudget(o.orgId, o.admin, body({ team: "other" }), NOW);
    await expect(updateBudget(o.orgId, o.lead, theirs.id, { amountUsd: "1.00" }, NOW)).rejects.toMatchObject({ status: 403 });
    await expect(deleteBudget(o.orgId, o.lead, theirs.id)).rejects.toMatchObject({ status: 403 });
    expect((await updateBudget(o.orgId, o.lead, mine.id, { period: "quarter" }, NOW)).period).toBe("quarter");
  });

  it("answers 400 for unknown team or feature keys and 404 for another org's budget", async () => {
    const o = await setup();
    const other = await setup();
    await expect(createBudget(o.orgId, o.admin, body({ team: "ghost" }), NOW)).rejects.toMatchObject({ status: 400, message: 'no team with key "ghost" in this org', extra: { field: "team" } });
    await expect(createBudget(o.orgId, o.admin, body({ scope: "feature", feature: "ghost" }), NOW)).rejects.toMatchObject({ status: 400 });
    const theirs = await createBudget(other.orgId, other.admin, body({}), NOW);
    await expect(updateBudget(o.orgId, o.admin, theirs.id, { hard: true }, NOW)).rejects.toMatchObject({ status: 404 });
    await expect(deleteBudget(o.orgId, o.admin, theirs.id)).rejects.toMatchObject({ status: 404 });
  });

  it("validates requests: thresholds unique, sorted, at most 10; amounts positive USD strings", () => {
    expect(createBudgetSchema.parse({ scope: "team", team: "support", period: "month", amountUsd: "500.00" })).toEqual({ scope: "team", team: "support", period: "month", amountUsd: "500.00", thresholds: [50, 80, 100], hard: false });
    for (const bad of [{ thresholds: [50, 50] }, { thresholds: [0] }, { thresholds: [1001] }, { thresholds: Array.from({ length: 11 }, (_, i) => i + 1) }, { amountUsd: "0" }, { amountUsd: 5 }, { amountUsd: "-1" }, { period: "year" }, { extra: 1 }]) {
      expect(createBudgetSchema.safeParse({ scope: "team", team: "support", period: "month", amountUsd: "500.00", ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
    expect(createBudgetSchema.safeParse({ scope: "feature", team: "support", period: "month", amountUsd: "5" }).success).toBe(false);
  });
});
