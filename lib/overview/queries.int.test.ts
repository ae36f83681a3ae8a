import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { insertEventRows } from "@/lib/ingest/insert-events";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { getOverview } from "@/lib/overview/queries";
import { overviewSchema } from "@/lib/overview/schemas";
import { parseFilters } from "@/lib/filters/schema";
import { createOrg, event } from "@/test/fixtures";

const NOW = new Date("2026-11-24T12:00:00Z");
const at = (iso: string) => iso;

describe("getOverview", () => {
  let a: Awaited<ReturnType<typeof createOrg>>;
  let b: Awaited<ReturnType<typeof createOrg>>;

  beforeAll(async () => {
    const pool = getPool();
    a = await createOrg(pool, "Org A");
    b = await createOrg(pool, "Org B");
    const chat = { teamId: a.teamId, featureId: a.features.chat };
    const search = { teamId: a.teamId, featureId: a.features.search };
    await insertEventRows(pool, a.orgId, [
      // inside the 7-day window (Nov 18 – Nov 24)
      event(chat, { ts: at("2026-11-24T08:00:00Z"), costNano: 3_000_000_000n, endUserId: "u1" }),
      event(chat, { ts: at("2026-11-20T08:00:00Z"), costNano: 1_000_000_000n, endUserId: "u2", status: "error" }),
      event(search, { ts: at("2026-11-18T00:00:00Z"), costNano: 500_000_000n, model: "claude-sonnet-4-20250514", provider: "anthropic", endUserId: "u1", cacheHit: true }),
      // the previous 7 days
      event(chat, { ts: at("2026-11-17T23:59:59Z"), costNano: 2_000_000_000n }),
      // outside both windows
      event(chat, { ts: at("2026-10-01T00:00:00Z"), costNano: 9_000_000_000n }),
      event(search, { ts: at("2026-11-21T00:00:00Z"), costNano: 0n, model: "in-house", provider: "self-hosted", costSource: "unpriced" }),
    ]);
    // another org's spend in the same days must never show up
    await insertEventRows(pool, b.orgId, [event({ teamId: b.teamId, featureId: b.features.chat }, { ts: at("2026-11-23T00:00:00Z"), costNano: 77_000_000_000n })]);
    await rebuildDailyRollups(pool, a.orgId);
    await rebuildDailyRollups(pool, b.orgId);
    await pool.query(`INSERT INTO model_tiers (org_id, provider, model, tier) VALUES ($1, 'anthropic', 'claude-sonnet-4-20250514', 'frontier')`, [a.orgId]);
  });

  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [[a.orgId, b.orgId]]);
  });

  const view = (search: string, now = NOW) => {
    const { filters, issues } = parseFilters(new URLSearchParams(search), now);
    expect(issues).toEqual([]);
    return getOverview(a.orgId, filters, now);
  };

  it("forecasts this month's spend from the 7-day run rate, lists the top movers, and takes revenue and margin from the P&L", async () => {
    const o = overviewSchema.parse(await view("range=7d"));
    // November, Nov 1–23 complete: $2.00 (17th) + $0.50 (18th) + $1.00 (20th) = $3.50; today (24th) $3.00 so far.
    // Run rate: Nov 17–23 = $3.50 / 7 = $0.50/day. Forecast: $3.50 + max($3.00, $0.50) + 6 days × $0.50 = $9.50
    expect(o.monthToDate).toEqual({ month: "2026-11", costNano: "6500000000", forecastNano: "9500000000", runRateNano: "500000000", daysElapsed: 23, daysInMonth: 30 });
    // complete days Nov 18–23 against Nov 12–17: chat $1.00 vs $2.00, search $0.50 vs $0; the biggest move first
    expect(o.movers).toEqual([
      { key: "chat", name: "CHAT", registered: true, costNano: "1000000000", prevCostNano: "2000000000" },
      { key: "search", name: "SEARCH", registered: true, costNano: "500000000", prevCostNano: "0" },
    ]);
    expect(o.economics).toEqual({ revenueNano: "0", cogsNano: "4500000000", marginPct: null, prorated: true });
    await getPool().query(`INSERT INTO feature_revenues (org_id, feature_id, month, amount_nano) VALUES ($1, $2, '2026-11-01', 30000000000)`, [a.orgId, a.features.chat]);
    try {
      // $30 for November × 7/30 days = $7.00 revenue against $4.50 of token cost: (7 − 4.5) / 7 = 35.71%
      expect((await view("range=7d")).economics).toEqual({ revenueNano: "7000000000", cogsNano: "4500000000", marginPct: 35.71, prorated: true });
      expect((await view("range=7d&feature=search")).economics).toEqual({ revenueNano: "0", cogsNano: "500000000", marginPct: null, prorated: true });
      expect((await view("range=7d&provider=anthropic&model=claude-sonnet-4-20250514")).economics).toBeNull();
    } finally {
      await getPool().query(`DELETE FROM feature_revenues WHERE org_id = $1`, [a.orgId]);
    }
    // on the first day of a month: nothing complete yet, the whole month at the run rate
    const dec1 = await view("range=7d", new Date("2026-12-01T06:00:00Z"));
    expect(dec1.monthToDate).toMatchObject({ month: "2026-12", costNano: "0", daysElapsed: 0, daysInMonth: 31 });
  });

  it("sums the range and the breakdowns from the rollups of the caller's org only, comparing full days", async () => {
    const o = overviewSchema.parse(await view("range=7d"));
    expect(o.range).toEqual({ preset: "7d", from: "2026-11-18", to: "2026-11-24", days: 7, partialDay: "2026-11-24" });
    expect(o.totals).toEqual({ costNano: "4500000000", requests: 4, errors: 1, cacheHits: 1, users: 2 });
    // today (Nov 24) is partial: Nov 18–23 against Nov 12–17
    expect(o.comparison).toEqual({ days: 6, from: "2026-11-18", to: "2026-11-23", prevFrom: "2026-11-12", prevTo: "2026-11-17", costNano: "1500000000", prevCostNano: "2000000000", requests: 3, prevRequests: 1 });
    expect(o.features.map((f) => [f.key, f.costNano, f.requests, f.team, f.teamName])).toEqual([
      ["chat", "4000000000", 2, "core", "Core"],
      ["search", "500000000", 2, "core", "Core"],
    ]);
    expect(o.models.find((m) => m.model === "claude-sonnet-4-20250514")).toMatchObject({ provider: "anthropic", tier: "frontier", costNano: "500000000" });
    expect(o.unpricedModels).toEqual([{ provider: "self-hosted", model: "in-house", requests: 1 }]);
    expect(o.teams).toEqual([{ key: "core", name: "Core", registered: true, costNano: "4500000000", requests: 4 }]);
    expect(o.options.teams).toEqual([{ key: "core", name: "Core", registered: true }]);
  });

  it("applies team, feature and model filters inside the org (another org's team of the same key never counts)", async () => {
    expect((await view("range=7d&team=core")).totals.costNano).toBe("4500000000");
    const search = await view("range=7d&team=core&feature=search");
    expect([search.totals.costNano, search.totals.requests, search.totals.users]).toEqual(["500000000", 2, 1]);
    const model = await view("range=7d&provider=anthropic&model=claude-sonnet-4-20250514");
    expect([model.totals.costNano, model.totals.requests, model.totals.users]).toEqual(["500000000", 1, null]);
    expect((await view("range=7d&team=nobody")).totals).toMatchObject({ costNano: "0", requests: 0 });
  });

  it("takes a custom range, with the previous period of equal length, and no partial day in the past", async () => {
    const o = await view("from=2026-11-17&to=2026-11-18");
    expect(o.range).toMatchObject({ preset: "custom", days: 2, partialDay: null });
    expect(o.totals.costNano).toBe("2500000000");
    expect(o.comparison).toMatchObject({ prevFrom: "2026-11-15", prevTo: "2026-11-16", costNano: "2500000000", prevCostNano: "0" });
  });

  it("returns one daily row per day, with zero-filled gaps", async () => {
    const o = await view("range=7d");
    const days = [...new Set(o.daily.map((d) => d.day))];
    expect(days).toEqual(["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24"]);
    expect(o.daily.find((d) => d.day === "2026-11-19")).toEqual({ day: "2026-11-19", team: null, costNano: "0", requests: 0 });
  });

  it("shows an org with no usage as empty, not as an error", async () => {
    const o = await getOverview(b.orgId, parseFilters({ range: "7d" }, new Date("2027-06-01T00:00:00Z")).filters);
    expect(o.totals.requests).toBe(0);
    expect(o.features).toEqual([]);
    expect(o.daily).toHaveLength(7);
  });
});
