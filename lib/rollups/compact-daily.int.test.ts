// Folding daily rollup shards: finished days end with one row per key holding
// exactly what the shards held, today is left to ingest, late events and
// re-pricing deltas are folded at the next pass, and batches racing a fold lose
// and double-count nothing. The clock is injected.
import { describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { insertEventRows, type EventRow } from "@/lib/ingest/insert-events";
import { foldDailyRollups } from "@/lib/rollups/compact-daily";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { DAILY_FOLDED_SHARD } from "@/lib/rollups/sql";
import { createOrg, event } from "@/test/fixtures";
import { dailyMismatches } from "@/test/rollups";

type Org = Awaited<ReturnType<typeof createOrg>>;

const NOW = new Date("2026-10-03T12:00:00Z"); // Oct 1 and 2 are over, Oct 3 is today

/** n events on `day` spread over two features, two models, a requested model, errors and cache hits. */
function events(org: Org, day: string, n: number, seed = 0): EventRow[] {
  return Array.from({ length: n }, (_, i) =>
    event(
      { teamId: org.teamId, featureId: (i + seed) % 3 ? org.features.chat : org.features.search },
      {
        ts: `${day}T${String((i * 7 + seed) % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00Z`,
        model: (i + seed) % 4 ? "gpt-4o-mini" : "gpt-4o",
        requestedModel: i % 5 ? null : "gpt-4o",
        inputTokens: 100 + i,
        outputTokens: 10 + (i % 7),
        cachedInputTokens: i % 3 ? 50 : 0,
        costNano: BigInt(1_000 + ((i * 7_919 + seed) % 50_000)),
        status: i % 11 ? "ok" : "error",
        cacheHit: i % 13 === 0,
        qualityScore: i % 4 ? 0.5 + (i % 7) / 20 : null,
      },
    ),
  );
}

const ingest = (org: Org, rows: EventRow[], shard: number) => insertEventRows(getPool(), org.orgId, rows, { rollups: true, shard });

/** Rows per day and whether each (key) has one folded row. */
const shape = (org: Org) =>
  sqlRows<{ day: string; rows: number; keys: number; folded: number }>(
    getPool(),
    `SELECT day::text AS day, count(*)::int AS rows, count(DISTINCT (team_id, feature_id, provider, model, requested_model))::int AS keys,
            count(*) FILTER (WHERE shard = ${DAILY_FOLDED_SHARD})::int AS folded
       FROM daily_rollups WHERE org_id = $1 GROUP BY day ORDER BY day`,
    [org.orgId],
  );

describe("daily rollup fold", () => {
  it("leaves one row per key on finished days with exactly the shards' sums, and today as ingest wrote it", async () => {
    const org = await createOrg(getPool(), "Daily fold org");
    const other = await createOrg(getPool(), "Daily fold bystander");
    for (const [shard, seed] of [[1, 0], [2, 1], [3, 2]]) {
      for (const day of ["2026-10-01", "2026-10-02", "2026-10-03"]) await ingest(org, events(org, day, 40, seed * 100), shard);
    }
    await ingest(other, events(other, "2026-10-01", 30), 1);
    const before = await shape(org);
    expect(before.every((d) => d.rows > d.keys)).toBe(true); // several shards per key
    const bystander = await shape(other);

    expect(await foldDailyRollups(org.orgId, NOW)).toBe(2);
    const after = await shape(org);
    expect(after.slice(0, 2).map((d) => [d.day, d.rows === d.keys, d.folded === d.keys])).toEqual([["2026-10-01", true, true], ["2026-10-02", true, true]]);
    expect(after[2]).toEqual(before[2]); // today untouched
    expect(await dailyMismatches(getPool(), org.orgId)).toEqual([]);
    expect(await shape(other)).toEqual(bystander);

    // nothing left to fold: a second pass changes nothing
    expect(await foldDailyRollups(org.orgId, NOW)).toBe(0);
    expect(await shape(org)).toEqual(after);

    // a late event for a folded day lands in a shard again; the next pass folds it in
    await ingest(org, events(org, "2026-10-01", 5, 7), 4);
    expect((await shape(org))[0].rows).toBeGreaterThan(after[0].keys);
    expect(await foldDailyRollups(org.orgId, NOW, "2026-09-26")).toBe(1);
    const late = await shape(org);
    expect(late[0].rows).toBe(late[0].keys);
    expect(await dailyMismatches(getPool(), org.orgId)).toEqual([]);

    // the next day, yesterday is folded too
    expect(await foldDailyRollups(org.orgId, new Date("2026-10-04T00:00:00Z"))).toBe(1);
    expect((await shape(org)).every((d) => d.rows === d.keys && d.folded === d.keys)).toBe(true);
    expect(await dailyMismatches(getPool(), org.orgId)).toEqual([]);
  });

  it("drops keys whose shards cancel out, and a rebuild writes folded rows", async () => {
    const org = await createOrg(getPool(), "Daily fold cancel org");
    await ingest(org, events(org, "2026-10-01", 20), 1);
    // a re-pricing delta that moves every event of one key away (signed rows in another shard)
    await getPool().query(
      `INSERT INTO daily_rollups (org_id, day, team_id, feature_id, provider, model, requested_model, shard, requests, errors, cache_hits, unpriced_requests,
              input_tokens, output_tokens, cached_input_tokens, cache_write_tokens, reasoning_tokens, cost_nano, latency_ms_sum, quality_scored, quality_score_sum,
              hallucination_checked, hallucinations, guardrail_checked, guardrail_blocks, traced_requests, traced_cost_nano)
       SELECT org_id, day, team_id, feature_id, provider, model, requested_model, 16, -requests, -errors, -cache_hits, -unpriced_requests,
              -input_tokens, -output_tokens, -cached_input_tokens, -cache_write_tokens, -reasoning_tokens, -cost_nano, -latency_ms_sum, -quality_scored, -quality_score_sum,
              -hallucination_checked, -hallucinations, -guardrail_checked, -guardrail_blocks, -traced_requests, -traced_cost_nano
         FROM daily_rollups WHERE org_id = $1 AND model = 'gpt-4o' AND requested_model = ''`,
      [org.orgId],
    );
    const [{ keys }] = await sqlRows<{ keys: number }>(getPool(), `SELECT count(DISTINCT (feature_id, model, requested_model))::int AS keys FROM daily_rollups WHERE org_id = $1`, [org.orgId]);
    expect(await foldDailyRollups(org.orgId, NOW)).toBe(1);
    const [left] = await shape(org);
    expect(left.rows).toBe(left.keys);
    expect(left.keys).toBeLessThan(keys); // the cancelled keys are gone, not left as rows of zeros

    await rebuildDailyRollups(getPool(), org.orgId);
    const rebuilt = await shape(org);
    expect(rebuilt.every((d) => d.folded === d.rows && d.rows === d.keys)).toBe(true);
    expect(await foldDailyRollups(org.orgId, NOW)).toBe(0);
    expect(await dailyMismatches(getPool(), org.orgId)).toEqual([]);
  });

  it("loses and double-counts nothing when batches for past days race the fold", async () => {
    const org = await createOrg(getPool(), "Daily fold race org");
    const days = ["2026-09-28", "2026-09-29", "2026-09-30", "2026-10-01", "2026-10-02"];
    for (const [i, day] of days.entries()) await ingest(org, events(org, day, 30, i), 1 + (i % 3));
    const batches = Array.from({ length: 12 }, (_, b) => events(org, days[b % days.length], 25, 1000 + b));
    const folds: Promise<number>[] = [];
    await Promise.all(
      batches.map(async (rows, b) => {
        if (b % 3 === 0) folds.push(foldDailyRollups(org.orgId, NOW));
        await ingest(org, rows, 1 + (b % 5));
      }),
    );
    await Promise.all(folds);
    expect(await dailyMismatches(getPool(), org.orgId)).toEqual([]);
    await foldDailyRollups(org.orgId, NOW);
    expect((await shape(org)).every((d) => d.rows === d.keys)).toBe(true);
    const [{ n }] = await sqlRows<{ n: string }>(getPool(), `SELECT sum(requests)::text AS n FROM daily_rollups WHERE org_id = $1`, [org.orgId]);
    expect(n).toBe(String(5 * 30 + 12 * 25));
  });
});
