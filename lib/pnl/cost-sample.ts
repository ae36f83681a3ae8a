// Cost per request (p50/p90/p99, a histogram) and the costliest end users of one
// feature, from a bounded sample of its raw events (lib/pnl/sample-plan.ts says how
// the sample is read and why). Everything is aggregated in one SQL statement.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { HISTOGRAM_BINS, histogramBins } from "@/lib/pnl/cost-histogram";
import type { CostDistribution, FeatureDetail } from "@/lib/pnl/feature-schemas";
import { chooseMethod, type DayCounts, SAMPLE_LIMITS, type SampleLimits, type SampleMethod, sampleWindows, tableRowsEstimator } from "@/lib/pnl/sample-plan";

const TOP_USERS = 10;

// the newest requests: window after window (newest first), each read through the BRIN
// index on ts and sorted newest first; the nested loop stops at the limit
const LATEST = `
  SELECT e.ts, e.cost_nano, e.end_user_id
    FROM unnest($3::timestamptz[], $4::timestamptz[]) AS w(hi, lo)
    CROSS JOIN LATERAL (
      SELECT ts, cost_nano, end_user_id FROM usage_events
       WHERE org_id = $1 AND feature_id = $2 AND ts >= w.lo AND ts < w.hi
       ORDER BY ts DESC) e
   LIMIT $5`;

// a random sample of whole pages ($3 percent of them), the same on every call for the same data
const SAMPLED = `
  SELECT ts, cost_nano, end_user_id FROM usage_events TABLESAMPLE SYSTEM ($3) REPEATABLE (20261204)
   WHERE org_id = $1 AND feature_id = $2 AND ts >= $4::timestamptz AND ts < $5::timestamptz
   LIMIT $6`;

const summarySql = (sample: string, bins: string) => `
WITH sample AS MATERIALIZED (${sample}),
st AS (
  SELECT count(*)::int8 AS n, min(ts) AS first, max(ts) AS last, min(cost_nano) AS lo, max(cost_nano) AS hi,
         round(avg(cost_nano))::text AS mean,
         percentile_disc(ARRAY[0.5, 0.9, 0.99]) WITHIN GROUP (ORDER BY cost_nano) AS p
    FROM sample
),
bins AS (
  SELECT CASE WHEN s.cost_nano > st.p[3] THEN ${bins} + 1 ELSE (s.cost_nano - st.lo) * ${bins} / (st.p[3] - st.lo + 1) + 1 END AS b, count(*)::int8 AS n
    FROM sample s CROSS JOIN st GROUP BY 1
),
users AS (
  SELECT end_user_id, count(*)::int8 AS n, sum(cost_nano) AS cost FROM sample WHERE end_user_id IS NOT NULL
   GROUP BY end_user_id ORDER BY cost DESC, end_user_id LIMIT ${TOP_USERS}
)
SELECT st.n, st.first, st.last, st.lo::text AS lo, st.hi::text AS hi, st.mean,
       st.p[1]::text AS p50, st.p[2]::text AS p90, st.p[3]::text AS p99,
       (SELECT coalesce(json_agg(json_build_array(b, n::text)), '[]') FROM bins) AS bins,
       (SELECT coalesce(json_agg(json_build_array(end_user_id, n::text, cost::text) ORDER BY cost DESC, end_user_id), '[]') FROM users) AS users,
       (SELECT count(*) FROM sample WHERE end_user_id IS NULL)::int8 AS anonymous
  FROM st`;

type Summary = {
  n: bigint; first: Date | null; last: Date | null; lo: string | null; hi: string | null; mean: string | null;
  p50: string | null; p90: string | null; p99: string | null; bins: [number, string][]; users: [string, string, string][]; anonymous: bigint;
};

export type SampleInput = {
  from: string;
  to: string;
  /** the feature's requests in the whole range (rollups): tells a complete sample */
  requests: number;
  /** the feature's requests per day (rollups) */
  featureDaily: DayCounts;
  now?: Date;
  limits?: SampleLimits;
  /** how to sample, instead of deciding from the table's statistics (tests) */
  method?: SampleMethod;
};

type TableStats = { relpages: number; reltuples: number; correlation: number | null; bounds: Date[] | null };
let tableStats: { at: number; value: Promise<TableStats> } | null = null;
const STATS_TTL_MS = 5 * 60_000;

/**
 * The events table's size, physical time order and ts histogram (the planner's
 * statistics, refreshed by ANALYZE; they change slowly, so kept for 5 minutes).
 */
function eventTableStats(): Promise<TableStats> {
  if (!tableStats || Date.now() - tableStats.at > STATS_TTL_MS) {
    const value = sqlRows<TableStats>(
      getPool(),
      `SELECT c.relpages, greatest(c.reltuples, 0)::float8 AS reltuples, s.correlation, s.histogram_bounds::text::timestamptz[] AS bounds
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN LATERAL (SELECT correlation, histogram_bounds FROM pg_stats WHERE schemaname = n.nspname AND tablename = c.relname AND attname = 'ts' LIMIT 1) s ON true
        WHERE c.oid = 'usage_events'::regclass`,
    ).then((rows) => rows[0] ?? { relpages: 0, reltuples: 0, correlation: null, bounds: null });
    value.catch(() => (tableStats = null));
    tableStats = { at: Date.now(), value };
  }
  return tableStats.value;
}

/** The sample's cost distribution and top end users; `featureId` must be the caller's org's. */
export async function getCostSample(orgId: string, featureId: string, p: SampleInput): Promise<Pick<FeatureDetail, "costPerRequest" | "topUsers">> {
  const limits = p.limits ?? SAMPLE_LIMITS;
  const pool = getPool();
  // the rollups already say there is nothing to read
  if (p.requests === 0) return toDetail(NOTHING, p.method?.method ?? "latest", 0);
  const stats = await eventTableStats();
  const how = p.method ?? chooseMethod(stats, limits);
  let rows: Summary[];
  if (how.method === "latest") {
    const org = await sqlRows<{ day: string; n: bigint }>(
      pool,
      `SELECT day, sum(requests)::int8 AS n FROM daily_rollups WHERE org_id = $1 AND day BETWEEN $2 AND $3 GROUP BY day`,
      [orgId, p.from, p.to],
    );
    const table = tableRowsEstimator((stats.bounds ?? []).map((d) => d.getTime()), stats.reltuples);
    const bounds = sampleWindows({ from: p.from, to: p.to, now: p.now ?? new Date(), feature: p.featureDaily, org: new Map(org.map((r) => [r.day, Number(r.n)])), table }, limits);
    rows = await summarise(summarySql(LATEST, String(HISTOGRAM_BINS)), [orgId, featureId, bounds.slice(0, -1), bounds.slice(1), limits.rows]);
  } else {
    // no more pages than needed for the sample size, given how many requests the range has
    const percent = Math.min(how.percent, p.requests > 0 ? (100 * limits.rows) / p.requests : how.percent);
    const end = new Date(Date.parse(`${p.to}T00:00:00Z`) + 86_400_000).toISOString();
    rows = await summarise(summarySql(SAMPLED, String(HISTOGRAM_BINS)), [orgId, featureId, percent, `${p.from}T00:00:00Z`, end, 2 * limits.rows]);
  }
  return toDetail(rows[0], how.method, p.requests);
}

/**
 * Run the summary without JIT compilation: the planner prices each BRIN window as a
 * scan of its whole estimate, which crosses jit_above_cost, and compiling costs more
 * (~30 ms) than the few thousand rows the limit lets through.
 */
function summarise(sql: string, params: unknown[]): Promise<Summary[]> {
  return withTransaction(getPool(), async (client) => {
    await client.query("SET LOCAL jit = off");
    return sqlRows<Summary>(client, sql, params);
  });
}

const NOTHING: Summary = { n: 0n, first: null, last: null, lo: null, hi: null, mean: null, p50: null, p90: null, p99: null, bins: [], users: [], anonymous: 0n };

function toDetail(s: Summary, method: "latest" | "sample", requests: number): Pick<FeatureDetail, "costPerRequest" | "topUsers"> {
  const size = Number(s.n);
  const counts = new Map(s.bins.map(([b, n]) => [b, Number(n)]));
  const costPerRequest: CostDistribution = {
    method,
    size,
    complete: size > 0 && size >= requests,
    from: s.first ? s.first.toISOString() : null,
    to: s.last ? s.last.toISOString() : null,
    p50Nano: s.p50,
    p90Nano: s.p90,
    p99Nano: s.p99,
    meanNano: s.mean,
    maxNano: s.hi,
    histogram: size === 0 ? [] : histogramBins(BigInt(s.lo!), BigInt(s.p99!), BigInt(s.hi!), counts),
  };
  return {
    costPerRequest,
    topUsers: { sampleSize: size, anonymousRequests: Number(s.anonymous), users: s.users.map(([endUserId, n, cost]) => ({ endUserId, requests: Number(n), costNano: cost })) },
  };
}
