// Benchmarks on a small hand-computed dataset: exact values, positions and next
// steps for September 2026, the team filter, org scoping (rows and model tiers)
// and who may read them.
import { beforeAll, describe, expect, it } from "vitest";
import type { NextRequest } from "next/server";
import { GET } from "@/app/api/v1/benchmarks/route";
import { getBenchmarks } from "@/lib/benchmarks/queries";
import { benchmarksQuerySchema, benchmarksSchema, type Benchmarks } from "@/lib/benchmarks/schemas";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { insertEventRows, type EventRow } from "@/lib/ingest/insert-events";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { createOrg, event } from "@/test/fixtures";
import { createKey } from "@/test/ingest-client";

const usd = (v: number) => BigInt(Math.round(v * 1e9));
const NOW = new Date("2026-10-05T12:00:00Z");
const SEPT = "from=2026-09-01&to=2026-09-30";
const MINI = { provider: "openai", model: "gpt-4o-mini", tier: "small" as const };
const BIG = { provider: "openai", model: "gpt-4o", tier: "frontier" as const };

const byId = (b: Benchmarks) => Object.fromEntries(b.metrics.map((m) => [m.id, m]));

describe("benchmarks", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let stranger: Awaited<ReturnType<typeof createOrg>>;
  beforeAll(async () => {
    const pool = getPool();
    org = await createOrg(pool, "Benchmarks org");
    const [ops] = await sqlRows<{ id: string }>(pool, `INSERT INTO teams (org_id, key, name) VALUES ($1, 'ops', 'Ops') RETURNING id`, [org.orgId]);
    const [opsBot] = await sqlRows<{ id: string }>(pool, `INSERT INTO features (org_id, key, name, team_id) VALUES ($1, 'opsbot', 'Ops bot', $2) RETURNING id`, [org.orgId, ops.id]);
    const { chat, search } = org.features;
    const core = org.teamId;
    const at = (teamId: string, featureId: string, n: number, costUsd: number, over: Partial<EventRow>) =>
      Array.from({ length: n }, () => event({ teamId, featureId }, { ts: "2026-09-10T10:00:00Z", costNano: usd(costUsd), ...over }));
    await insertEventRows(pool, org.orgId, [
      ...at(core, chat, 6, 0.01, MINI),
      ...at(core, chat, 2, 0.05, BIG),
      ...at(core, search, 2, 0.02, BIG),
      ...at(core, search, 1, 0, { provider: "acme", model: "mystery", tier: null, costSource: "unpriced" }), // no price, no tier
      ...at(ops.id, opsBot.id, 1, 0.01, MINI),
      ...at(core, chat, 1, 5, { ...BIG, ts: "2026-08-31T23:59:59Z" }), // August: outside the range
    ]);
    await rebuildDailyRollups(pool, org.orgId);
    await pool.query(`INSERT INTO model_tiers (org_id, provider, model, tier) VALUES ($1, 'openai', 'gpt-4o-mini', 'small'), ($1, 'openai', 'gpt-4o', 'frontier')`, [org.orgId]);
    await pool.query(`INSERT INTO feature_revenues (org_id, feature_id, month, amount_nano) VALUES ($1, $2, '2026-09-01', $3), ($1, $4, '2026-09-01', $5)`, [
      org.orgId, chat, usd(1).toString(), opsBot.id, usd(0.005).toString(),
    ]);
    await pool.query(`INSERT INTO feature_costs (org_id, feature_id, month, category, amount_nano) VALUES ($1, $2, '2026-09-01', 'gpu', $3)`, [org.orgId, search, usd(0.5).toString()]);

    // another org: the same models with the opposite tiers, and dear requests
    stranger = await createOrg(pool, "Stranger");
    await insertEventRows(pool, stranger.orgId, at(stranger.teamId, stranger.features.chat, 4, 1, BIG));
    await rebuildDailyRollups(pool, stranger.orgId);
    await pool.query(`INSERT INTO model_tiers (org_id, provider, model, tier) VALUES ($1, 'openai', 'gpt-4o-mini', 'frontier'), ($1, 'openai', 'gpt-4o', 'small')`, [stranger.orgId]);
  });

  const bench = async (search: string) => benchmarksSchema.parse(await getBenchmarks(org.orgId, benchmarksQuerySchema(() => NOW).parse(new URLSearchParams(search))));

  it("places the org's September on the bands with hand-computed values and next steps", async () => {
    const b = await bench(SEPT);
    expect(b.range).toEqual({ from: "2026-09-01", to: "2026-09-30", days: 30, team: null });
    const m = byId(b);
    // COGS: chat $0.16 tokens + search $0.04 tokens and $0.50 GPU + ops bot $0.01 = $0.71 against $1.005 of revenue: 70.65%
    expect(m.cogs_to_revenue).toMatchObject({ value: 70.65, display: "70.6%", position: "low", reason: null });
    // COGS ≤ 25% × $1.005 = $0.25125 (cut $0.45875), or revenue ≥ $0.71 / 25% = $2.84 (rise $1.835), in whole cents up
    expect(m.cogs_to_revenue.nextStep).toEqual({
      band: "median",
      text: "To reach the median band (15–25%), COGS must fall by $0.46 (to at most $0.25) or revenue rise by $1.84 (to at least $2.84) over these 30 days.",
    });
    // $0.21 of tokens over 11 priced requests (the unpriced one left out) = $0.019090…
    expect(m.cost_per_request).toMatchObject({ value: 0.019090909, valueNano: "19090909", display: "$0.019", position: "median" });
    expect(m.cost_per_request.reading).toContain("1 request on models without a price is left out.");
    // elite: under $0.005 × 11 = $0.055: save $0.155 and a nano
    expect(m.cost_per_request.nextStep?.text).toBe(
      "Cut inference cost per request from $0.019 to under $0.005 to reach the elite band (< $0.005): about $0.16 less token spend over these 30 days at today's 11 requests.",
    );
    // 7 of the 11 tiered requests on gpt-4o-mini (small): 63.64%; elite needs 10 of 11 (> 85%): 3 more, 27.3 points
    expect(m.routing_coverage).toMatchObject({ value: 63.64, display: "63.6%", position: "median" });
    expect(m.routing_coverage.reading).toContain("(7 of 11)");
    expect(m.routing_coverage.nextStep?.text).toBe(
      "Route another 27.3% of requests (3 requests over these 30 days) from frontier models to small or mid-tier ones to reach the elite band (> 85%).",
    );
    // chat healthy, search without revenue, ops bot losing by half a cent: 1 of 3
    expect(m.profitable_share).toMatchObject({ value: 33.33, display: "33.3%", position: "below_median" });
    expect(m.profitable_share.reading).toBe(
      "1 of 3 features with usage is profitable (33.3%): below the median band (50–60%) but not in the low band (< 30%). 1 feature has no revenue entered and counts as not profitable.",
    );
    expect(m.profitable_share.nextStep?.text).toBe("Make 1 more feature profitable to reach the median band (50–60%): Ops bot is closest to break-even ($0.01 short over these 30 days).");
  });

  it("narrows every metric to one team", async () => {
    const m = byId(await bench(`${SEPT}&team=core`));
    // core: COGS $0.70 against $1 of revenue; $0.20 over 10 priced requests; 6 of 10 tiered below frontier; 1 of 2 features profitable
    expect([m.cogs_to_revenue, m.cost_per_request, m.routing_coverage, m.profitable_share].map((x) => [x.value, x.position])).toEqual([
      [70, "low"], [0.02, "median"], [60, "median"], [50, "median"],
    ]);
  });

  it("gives null metrics with reasons for a range without data", async () => {
    const b = await bench("from=2026-07-01&to=2026-07-31");
    expect(b.metrics.map((x) => [x.value, x.position, x.nextStep])).toEqual(Array(4).fill([null, null, null]));
    expect(b.metrics.map((x) => x.reason)).toEqual(["No AI costs or revenue in this range.", "No priced requests in this range.", "No requests in this range.", "No features with usage in this range."]);
  });

  const call = (search: string, headers: Record<string, string> = {}) =>
    GET(new Request(`http://localhost/api/v1/benchmarks?${search}`, { headers }) as unknown as NextRequest, { params: Promise.resolve({}) });

  it("answers an API key with usage:read with its own org's figures only, refuses other scopes and bad filters", async () => {
    const key = await createKey(getPool(), org.orgId, { scopes: ["usage:read"] });
    const res = await call(SEPT, { authorization: `Bearer ${key}` });
    expect(res.status).toBe(200);
    expect(byId(benchmarksSchema.parse(await res.json())).cost_per_request.valueNano).toBe("19090909");

    const theirs = await createKey(getPool(), stranger.orgId, { scopes: ["usage:read"] });
    const m = byId(benchmarksSchema.parse(await (await call(SEPT, { authorization: `Bearer ${theirs}` })).json()));
    // the stranger's 4 requests at $1 on gpt-4o, which is small in their org, and no revenue
    expect([m.cost_per_request.value, m.cost_per_request.position, m.routing_coverage.value, m.cogs_to_revenue.value]).toEqual([1, "low", 100, null]);

    const ingestOnly = await createKey(getPool(), org.orgId, { scopes: ["ingest"] });
    expect((await call(SEPT, { authorization: `Bearer ${ingestOnly}` })).status).toBe(403);
    const bad = await call(`${SEPT}&feature=chat`, { authorization: `Bearer ${key}` });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect((await bad.json()).errors).toEqual([{ field: "feature", message: "benchmarks compare the whole org or one team: only range, from, to and team apply" }]);
    expect((await call("from=2026-09-30&to=2026-09-01", { authorization: `Bearer ${key}` })).status).toBe(400);
  });
});
