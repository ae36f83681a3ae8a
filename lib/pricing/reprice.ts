// Re-price the stored events a price override governs, one UTC day per
// transaction, without stopping ingest. Runs after the override has committed
// (lib/pricing/overrides.ts): from then on every new batch is priced with it, so
// only events stored before can carry an old price, and this pass fixes them.
// Idempotent: an event already at the override's price is left alone, so a pass
// interrupted by a crash is simply run again (resumePendingRepricing).
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction, type Queryable } from "@/lib/database/pool";
import { COST_SQL } from "@/lib/pricing/cost-sql";
import { sharedRollupLock } from "@/lib/rollups/lock";
import { ADJUSTMENT_SHARD, HOURLY_COLUMNS, HOURLY_GROUP, hourSql, ROLLUP_COLUMNS, ROLLUP_GROUP, rollupSums, ROLLUP_UPSERT } from "@/lib/rollups/sql";

type OverrideRow = {
  id: string;
  provider: string;
  model: string;
  effective_from: Date;
  i: string;
  o: string;
  cr: string | null;
  cw: string | null;
  pr: string | null;
  until: Date | null;
};

/** The columns of a changed event that re-pricing keeps, which the rollup sums read. */
const DELTA_COLUMNS = ["ts", "team_id", "feature_id", "model", "requested_model", "status", "cache_hit", "input_tokens", "output_tokens",
  "cached_input_tokens", "cache_write_tokens", "reasoning_tokens", "latency_ms", "quality_score", "hallucination", "guardrail_blocked", "trace_id"]
  .map((c) => `c.${c}`).join(", ");

// $1 org, $2 model, $3 provider, $4/$5 time range, $6–$10 prices (nano-USD text).
// `target` locks the day's events of that model whose price is not reported;
// `changed` rewrites those whose cost, source or provider differ; the rollup
// delta subtracts each changed event from its old key and adds it under the new
// one (old and new key are the same unless an `unknown` provider is resolved),
// in the daily rollups (adjustment shard) and, appended, in the hourly rollups,
// and appends each changed trace's cost delta to trace_partials (the trace fold
// adds it and marks the trace's day for the workflow summary), in the same
// transaction. A trace's most expensive step only rises here (a lower price leaves
// the old, higher maximum).
const REPRICE_DAY = `
WITH p AS (SELECT $6::int8 AS input, $7::int8 AS output, $8::int8 AS cache_read, $9::int8 AS cache_write, $10::int8 AS per_request),
target AS (
  SELECT e.*, ${COST_SQL} AS new_cost
    FROM usage_events e, p
   WHERE e.org_id = $1 AND e.model = $2 AND (e.provider = $3 OR e.provider = 'unknown')
     AND e.ts >= $4 AND e.ts < $5 AND e.cost_source <> 'reported' AND NOT e.cache_hit
   ORDER BY e.event_id
     FOR UPDATE OF e
),
changed AS (
  UPDATE usage_events e
     SET cost_nano = t.new_cost, cost_source = 'computed', provider = $3,
         tier = coalesce(e.tier, (SELECT mt.tier FROM model_tiers mt WHERE mt.org_id = $1 AND mt.provider = $3 AND mt.model = $2))
    FROM target t
   WHERE e.org_id = $1 AND e.event_id = t.event_id
     AND (t.cost_nano <> t.new_cost OR t.cost_source = 'unpriced' OR t.provider <> $3)
  RETURNING t.*
),
delta AS (
  SELECT -1 AS sign, c.provider, c.cost_nano, c.cost_source, ${DELTA_COLUMNS} FROM changed c
  UNION ALL
  SELECT 1, $3, c.new_cost, 'computed'::"CostSource", ${DELTA_COLUMNS} FROM changed c
),
roll AS (
  INSERT INTO daily_rollups (${ROLLUP_COLUMNS})
  SELECT $1::uuid, (ts AT TIME ZONE 'UTC')::date, team_id, feature_id, provider, model, coalesce(requested_model, ''), ${ADJUSTMENT_SHARD},
         ${rollupSums("sign")}
    FROM delta
   ${ROLLUP_GROUP} ORDER BY 2, 3, 4, 5, 6, 7
  ${ROLLUP_UPSERT}
),
hourly AS (
  INSERT INTO hourly_rollups (${HOURLY_COLUMNS})
  SELECT $1::uuid, ${hourSql("ts")}, team_id, feature_id, provider, model, ${ADJUSTMENT_SHARD}, sum(sign), sum(sign * cost_nano)
    FROM delta
   ${HOURLY_GROUP}
),
traces AS (
  INSERT INTO trace_partials (org_id, trace_id, cost_nano, max_step_cost_nano)
  SELECT $1::uuid, trace_id, sum(sign * cost_nano), coalesce(max(cost_nano) FILTER (WHERE sign = 1), 0)
    FROM delta WHERE trace_id IS NOT NULL GROUP BY 2
)
SELECT count(*) AS n FROM changed`;

/** Load an override with the start of the next override of the same model (the end of its reach). */
async function loadOverride(db: Queryable, orgId: string, overrideId: string): Promise<OverrideRow | null> {
  const [row] = await sqlRows<OverrideRow>(
    db,
    `SELECT o.id, o.provider, o.model, o.effective_from,
            o.input_per_mtok_nano::text AS i, o.output_per_mtok_nano::text AS o, o.cache_read_per_mtok_nano::text AS cr,
            o.cache_write_per_mtok_nano::text AS cw, o.per_request_nano::text AS pr,
            (SELECT min(n.effective_from) FROM price_overrides n
              WHERE n.org_id = o.org_id AND n.provider = o.provider AND n.model = o.model AND n.effective_from > o.effective_from) AS until
       FROM price_overrides o WHERE o.org_id = $1 AND o.id = $2`,
    [orgId, overrideId],
  );
  return row ?? null;
}

export type RepriceResult = { repriced: number; days: number };

/**
 * Re-price the events governed by override `overrideId`; `duringDay` (tests) runs
 * inside each day's transaction, before it commits.
 */
export async function repriceOverride(orgId: string, overrideId: string, opts: { duringDay?: (day: string) => Promise<void> } = {}): Promise<RepriceResult> {
  const pool = getPool();
  const o = await loadOverride(pool, orgId, overrideId);
  if (!o) return { repriced: 0, days: 0 };
  // Only days that have events of this model (found in the rollups, not by scanning events).
  const days = await sqlRows<{ day: string }>(
    pool,
    `SELECT day FROM daily_rollups
      WHERE org_id = $1 AND model = $2 AND (provider = $3 OR provider = 'unknown')
        AND day >= ($4::timestamptz AT TIME ZONE 'UTC')::date AND ($5::timestamptz IS NULL OR (day::timestamp AT TIME ZONE 'UTC') < $5::timestamptz)
      GROUP BY day HAVING sum(requests) > 0 ORDER BY day`,
    [orgId, o.model, o.provider, o.effective_from, o.until],
  );
  let repriced = 0;
  for (const { day } of days) {
    const dayStart = Date.parse(`${day}T00:00:00Z`);
    const from = new Date(Math.max(dayStart, o.effective_from.getTime()));
    const to = new Date(Math.min(dayStart + 86_400_000, o.until?.getTime() ?? Infinity));
    // the shared rollup lock: a rebuild never runs between this day's delta and its snapshot of the events
    repriced += await withTransaction(pool, async (client) => {
      const [r] = await sqlRows<{ n: bigint }>(client, REPRICE_DAY, [orgId, o.model, o.provider, from, to, o.i, o.o, o.cr, o.cw, o.pr]);
      await opts.duringDay?.(day);
      return Number(r.n);
    }, `BEGIN; ${sharedRollupLock(orgId)}`);
  }
  await pool.query(`UPDATE price_overrides SET repriced_at = now() WHERE org_id = $1 AND id = $2`, [orgId, overrideId]);
  return { repriced, days: days.length };
}

/** Finish re-pricing that a crash or restart interrupted (called at server start). */
export async function resumePendingRepricing(): Promise<number> {
  const pending = await sqlRows<{ org_id: string; id: string }>(getPool(), `SELECT org_id, id FROM price_overrides WHERE repriced_at IS NULL ORDER BY created_at`);
  for (const p of pending) await repriceOverride(p.org_id, p.id);
  return pending.length;
}
