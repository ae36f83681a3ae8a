import { afterAll, describe, expect, it, vi } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { ingestBatch } from "@/lib/ingest/ingest";
import { evaluateBudgetAlerts } from "@/lib/budgets/alerts";
import { createOrg } from "@/test/fixtures";

// A fixed clock: 20 March 2026 (a Friday), in the month budgets below cover.
const NOW = new Date("2026-03-20T12:00:00Z");
const orgs: string[] = [];

async function orgWithBudget(amountUsd: number, thresholds = [50, 80, 100]) {
  const org = await createOrg(getPool(), "Budget alerts org");
  orgs.push(org.orgId);
  const [b] = await sqlRows<{ id: string }>(
    getPool(),
    `INSERT INTO budgets (org_id, name, scope, team_id, period, amount_nano, thresholds, hard) VALUES ($1, 'Core monthly', 'team', $2, 'month', $3, $4, false) RETURNING id`,
    [org.orgId, org.teamId, BigInt(amountUsd) * 1_000_000_000n, thresholds],
  );
  return { ...org, budgetId: b.id };
}

/** Events of the team "core" costing `usd` each, at the given times. */
const events = (prefix: string, items: [string, number][]) =>
  items.map(([timestamp, usd], i) => ({ eventId: `${prefix}-${i}`, timestamp, model: "gpt-4o-mini", team: "core", feature: "chat", inputTokens: 10, outputTokens: 1, costUsd: usd }));

const alertsOf = (orgId: string) =>
  sqlRows<{ kind: string; dedupe_key: string; message: string; details: Record<string, unknown> }>(getPool(), `SELECT kind::text, dedupe_key, message, details FROM alerts WHERE org_id = $1 ORDER BY created_at, dedupe_key COLLATE "C"`, [orgId]);

afterAll(async () => {
  await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [orgs]);
});

describe("budget threshold alerts", () => {
  it("one batch crossing 50, 80 and 100% raises exactly three alerts, none again on re-evaluation, replay or restart", async () => {
    const o = await orgWithBudget(100);
    const batch = events("one", [["2026-03-10T09:00:00Z", 60], ["2026-03-10T10:00:00Z", 45]]);
    expect((await ingestBatch(o.orgId, batch)).accepted).toBe(2);
    expect(await evaluateBudgetAlerts(o.orgId, NOW)).toHaveLength(3);
    expect(await evaluateBudgetAlerts(o.orgId, NOW)).toEqual([]);
    expect((await ingestBatch(o.orgId, batch)).duplicate).toBe(2); // replay
    expect(await evaluateBudgetAlerts(o.orgId, NOW)).toEqual([]);
    // a restart: a fresh module graph (no process state) evaluating the same org
    vi.resetModules();
    const fresh = await import("@/lib/budgets/alerts");
    expect(await fresh.evaluateBudgetAlerts(o.orgId, NOW)).toEqual([]);

    const alerts = await alertsOf(o.orgId);
    expect(alerts.map((a) => a.dedupe_key).sort()).toEqual([100, 50, 80].map((t) => `budget:${o.budgetId}:2026-03-01:t${t}`));
    expect(alerts.every((a) => a.kind === "budget_threshold")).toBe(true);
    const at80 = alerts.find((a) => a.dedupe_key.endsWith("t80"))!;
    expect(at80.message).toBe("Core spent $105.00 of $100.00 (105%) this month.");
    expect(at80.details).toMatchObject({
      budgetId: o.budgetId, scope: "team", team: "core", teamName: "Core", period: "month", threshold: 80,
      periodStart: "2026-03-01T00:00:00.000Z", periodEnd: "2026-04-01T00:00:00.000Z", amountNano: "100000000000", spentNano: "105000000000", percentUsed: 105,
      link: `/budgets#${o.budgetId}`, overviewLink: "/overview?team=core&from=2026-03-01&to=2026-03-20",
    });
  });

  it("three batches crossing one threshold each raise three alerts in all, none on replay", async () => {
    const o = await orgWithBudget(100);
    const batches = [
      events("b1", [["2026-03-10T09:00:00Z", 55]]),
      events("b2", [["2026-03-10T10:00:00Z", 30]]),
      events("b3", [["2026-03-10T11:00:00Z", 20]]),
    ];
    const raised: number[] = [];
    for (const b of batches) {
      await ingestBatch(o.orgId, b);
      raised.push((await evaluateBudgetAlerts(o.orgId, NOW)).length);
    }
    expect(raised).toEqual([1, 1, 1]);
    for (const b of batches) await ingestBatch(o.orgId, b);
    expect(await evaluateBudgetAlerts(o.orgId, NOW)).toEqual([]);
    const alerts = await alertsOf(o.orgId);
    expect(alerts.map((a) => a.kind)).toEqual(["budget_threshold", "budget_threshold", "budget_threshold"]);
    // the 50% alert says what was spent when it fired
    expect(alerts.find((a) => a.dedupe_key.endsWith("t50"))!.message).toBe("Core spent $55.00 of $100.00 (55%) this month.");
  });

  it("the next period starts afresh: the same spend level raises its thresholds again, once", async () => {
    const o = await orgWithBudget(100, [100]);
    await ingestBatch(o.orgId, events("m1", [["2026-03-05T09:00:00Z", 100]]));
    await ingestBatch(o.orgId, events("m2", [["2026-04-02T09:00:00Z", 100]]));
    expect(await evaluateBudgetAlerts(o.orgId, NOW)).toHaveLength(1);
    const april = new Date("2026-04-03T00:00:00Z");
    expect(await evaluateBudgetAlerts(o.orgId, april)).toHaveLength(1);
    expect(await evaluateBudgetAlerts(o.orgId, april)).toEqual([]);
    expect((await alertsOf(o.orgId)).map((a) => a.dedupe_key)).toEqual([`budget:${o.budgetId}:2026-03-01:t100`, `budget:${o.budgetId}:2026-04-01:t100`]);
  });
});

describe("budget forecast alerts", () => {
  it("a projected breach fires once per period with the amount and the day it is exceeded", async () => {
    const o = await orgWithBudget(300, []);
    // $10 on each of 1–19 March: 19 days of history, every weekday averaging $10/day;
    // $190 spent, 12 days left (20–31) at $10 → $310, over $300 on 31 March by $10
    const daily = Array.from({ length: 19 }, (_, i): [string, number] => [`2026-03-${String(i + 1).padStart(2, "0")}T12:00:00Z`, 10]);
    await ingestBatch(o.orgId, events("f", daily));
    expect(await evaluateBudgetAlerts(o.orgId, NOW)).toHaveLength(1);
    expect(await evaluateBudgetAlerts(o.orgId, NOW)).toEqual([]);
    // a day later, still projected over: the same period's alert is not raised again
    await ingestBatch(o.orgId, events("f2", [["2026-03-20T15:00:00Z", 12]]));
    expect(await evaluateBudgetAlerts(o.orgId, new Date("2026-03-21T08:00:00Z"))).toEqual([]);
    const [alert, ...rest] = await alertsOf(o.orgId);
    expect(rest).toEqual([]);
    expect(alert.kind).toBe("budget_forecast");
    expect(alert.dedupe_key).toBe(`budget:${o.budgetId}:2026-03-01:forecast`);
    expect(alert.message).toBe("Core has spent $190.00 of $300.00 this month and is projected to exceed it by $10.00 on Mar 31, 2026 (forecast $310.00).");
    expect(alert.details).toMatchObject({ exceedsOn: "2026-03-31", projectedOverNano: "10000000000", forecastNano: "310000000000" });
  });

  it("does not fire for a budget already over its amount (the 100% threshold says so)", async () => {
    const o = await orgWithBudget(50, []);
    const daily = Array.from({ length: 19 }, (_, i): [string, number] => [`2026-03-${String(i + 1).padStart(2, "0")}T12:00:00Z`, 10]);
    await ingestBatch(o.orgId, events("over", daily));
    expect(await evaluateBudgetAlerts(o.orgId, NOW)).toEqual([]);
  });
});
