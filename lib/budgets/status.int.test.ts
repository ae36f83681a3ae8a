import type { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/budgets/status/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { listening, nextNotificationHandled, publishInvalidation } from "@/lib/cache/invalidation";
import { ingestBatch } from "@/lib/ingest/ingest";
import { getBudgetStatus, BUDGET_STATUS_TOPIC } from "@/lib/budgets/status";
import { budgetStatusSchema } from "@/lib/budgets/schemas";
import { createBudget, deleteBudget } from "@/lib/budgets/queries";
import { evaluateBudgetAlerts } from "@/lib/budgets/alerts";
import { createOrg, createUser } from "@/test/fixtures";
import { createKey } from "@/test/ingest-client";

const MARCH = new Date("2026-03-20T12:00:00Z");
const APRIL = new Date("2026-04-01T00:00:00Z");
const USD = 1_000_000_000n;
const orgs: string[] = [];

const events = (prefix: string, usd: number, feature = "chat") => [
  { eventId: `${prefix}-0`, timestamp: "2026-03-10T09:00:00Z", model: "gpt-4o-mini", team: "core", feature, inputTokens: 10, outputTokens: 1, costUsd: usd },
];

async function setup() {
  const org = await createOrg(getPool(), "Budget status org");
  orgs.push(org.orgId);
  const insert = (scope: string, teamId: string | null, featureId: string | null, usd: bigint, hard: boolean) =>
    sqlRows<{ id: string }>(getPool(), `INSERT INTO budgets (org_id, name, scope, team_id, feature_id, period, amount_nano, hard) VALUES ($1, 'b', $2::"BudgetScope", $3, $4, 'month', $5, $6) RETURNING id`, [
      org.orgId, scope, teamId, featureId, usd * USD, hard,
    ]).then((r) => r[0].id);
  const team = await insert("team", org.teamId, null, 100n, true);
  const search = await insert("feature", null, org.features.search, 20n, false);
  return { ...org, budgets: { team, search } };
}

beforeAll(async () => {
  await listening();
});
afterAll(async () => {
  await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [orgs]);
});

describe("budget status (the gateway hook)", () => {
  it("flips to allowed:false right after the batch that exhausts a hard budget commits, and back at the next period", async () => {
    const o = await setup();
    const before = (await getBudgetStatus(o.orgId, { team: "core" }, MARCH))!;
    expect(before.allowed).toBe(true);
    expect(before.budgets).toEqual([
      { id: o.budgets.team, period: "month", periodStart: "2026-03-01T00:00:00.000Z", periodEnd: "2026-04-01T00:00:00.000Z", amountNano: "100000000000", spentNano: "0", remainingNano: "100000000000", percentUsed: 0, hard: true, forecastNano: "0" },
    ]);
    await ingestBatch(o.orgId, events("half", 60));
    expect((await getBudgetStatus(o.orgId, { team: "core" }, MARCH))!.allowed).toBe(true);

    const notified = nextNotificationHandled();
    await ingestBatch(o.orgId, events("rest", 40));
    await notified;
    const after = (await getBudgetStatus(o.orgId, { team: "core" }, MARCH))!;
    expect(after.allowed).toBe(false);
    expect(after.budgets[0]).toMatchObject({ spentNano: "100000000000", remainingNano: "0", percentUsed: 100 });
    // a feature of the team: its own (soft) budget and the team's exhausted hard one
    const viaFeature = (await getBudgetStatus(o.orgId, { feature: "search" }, MARCH))!;
    expect(viaFeature.allowed).toBe(false);
    expect(viaFeature.budgets.map((b) => b.id).sort()).toEqual([o.budgets.team, o.budgets.search].sort());

    const april = (await getBudgetStatus(o.orgId, { team: "core" }, APRIL))!;
    expect(april.allowed).toBe(true);
    expect(april.budgets[0]).toMatchObject({ periodStart: "2026-04-01T00:00:00.000Z", periodEnd: "2026-05-01T00:00:00.000Z", spentNano: "0" });
  });

  it("drops cached answers when another process reports a change (the notification, not a local call)", async () => {
    const o = await setup();
    expect((await getBudgetStatus(o.orgId, { team: "core" }, MARCH))!.allowed).toBe(true);
    // spend arriving without this process's ingest path: a rollup row written elsewhere
    await getPool().query(
      `INSERT INTO daily_rollups (org_id, day, team_id, feature_id, provider, model, shard, requests, cost_nano) VALUES ($1, '2026-03-11', $2, $3, 'openai', 'gpt-4o-mini', 0, 1, $4)`,
      [o.orgId, o.teamId, o.features.chat, (150n * USD).toString()],
    );
    expect((await getBudgetStatus(o.orgId, { team: "core" }, MARCH))!.allowed).toBe(true); // still cached
    const notified = nextNotificationHandled();
    await publishInvalidation(getPool(), BUDGET_STATUS_TOPIC, o.orgId);
    await notified;
    expect((await getBudgetStatus(o.orgId, { team: "core" }, MARCH))!.allowed).toBe(false);
  });

  it("reflects a budget created or deleted at once (and notifies the other processes when the change commits); deleting keeps its alerts", async () => {
    const o = await setup();
    const admin = { userId: await createUser(getPool(), "admin") };
    expect((await getBudgetStatus(o.orgId, { feature: "chat" }, MARCH))!.budgets).toHaveLength(1);
    let notified = nextNotificationHandled();
    const tiny = await createBudget(o.orgId, admin, { scope: "feature", feature: "chat", period: "week", amountUsd: "0.000001", thresholds: [100], hard: true }, MARCH);
    await notified;
    await ingestBatch(o.orgId, [{ eventId: "tiny-0", timestamp: "2026-03-20T09:00:00Z", model: "gpt-4o-mini", team: "core", feature: "chat", inputTokens: 10, outputTokens: 1, costUsd: 0.01 }]);
    const status = (await getBudgetStatus(o.orgId, { feature: "chat" }, MARCH))!;
    expect(status.allowed).toBe(false);
    expect(status.budgets.find((b) => b.id === tiny.id)).toMatchObject({ period: "week", periodStart: "2026-03-16T00:00:00.000Z", periodEnd: "2026-03-23T00:00:00.000Z", percentUsed: 1000000 });
    expect(await evaluateBudgetAlerts(o.orgId, MARCH)).toHaveLength(1);
    notified = nextNotificationHandled();
    await deleteBudget(o.orgId, admin, tiny.id);
    await notified;
    expect((await getBudgetStatus(o.orgId, { feature: "chat" }, MARCH))!).toMatchObject({ allowed: true, budgets: [{ id: o.budgets.team }] });
    const [alert] = await sqlRows<{ budget_id: string | null; details: { budgetId: string } }>(getPool(), `SELECT budget_id, details FROM alerts WHERE org_id = $1`, [o.orgId]);
    expect(alert).toMatchObject({ budget_id: null, details: { budgetId: tiny.id } });
  });

  it("answers over HTTP with an API key of scope budgets:read: the contract's shape, 404 for unknown keys, 400 without a key, 403 for another scope", async () => {
    const o = await setup();
    const key = await createKey(getPool(), o.orgId, { scopes: ["budgets:read"] });
    const call = async (qs: string, k = key) => {
      const res = await GET(new Request(`http://localhost/api/v1/budgets/status${qs}`, { headers: { authorization: `Bearer ${k}` } }) as unknown as NextRequest);
      return { status: res.status, body: await res.json() };
    };
    const ok = await call("?feature=search");
    expect(ok.status).toBe(200);
    expect(budgetStatusSchema.parse(ok.body).budgets).toHaveLength(2);
    expect(Object.keys(ok.body.budgets[0]).sort()).toEqual(["amountNano", "forecastNano", "hard", "id", "percentUsed", "period", "periodEnd", "periodStart", "remainingNano", "spentNano"]);
    expect((await call("?team=nope")).status).toBe(404);
    expect((await call("?feature=nope")).status).toBe(404);
    expect((await call("")).status).toBe(400);
    expect((await call("?team=core&feature=chat")).status).toBe(400);
    expect((await call("?team=core", await createKey(getPool(), o.orgId, { scopes: ["ingest"] }))).status).toBe(403);
    // another org's key sees its own org only: the same team key is unknown there... or its own team
    const other = await createOrg(getPool(), "Other org");
    orgs.push(other.orgId);
    const otherKey = await createKey(getPool(), other.orgId, { scopes: ["budgets:read"] });
    expect((await call("?team=core", otherKey)).body).toEqual({ allowed: true, budgets: [] });
  });
});
