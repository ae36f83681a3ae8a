// Recompute an org's daily and hourly rollups and user sketches from raw events
// with set-based statements, for all days or from `fromDay` on (after bulk loads
// such as the demo data, or after re-pricing). The ingest path maintains them
// incrementally instead.
// Run it inside a transaction: it waits for in-flight ingest batches and hourly
// compactions of the org.
import type { Queryable } from "@/lib/database/pool";
import { blockStartSql, DAILY_FOLDED_SHARD, daySketchSelect, HOURLY_COLUMNS, HOURLY_COMPACTED_SHARD, HOURLY_GROUP, hourlySelect, ROLLUP_COLUMNS, ROLLUP_GROUP, rollupSelect, TRACE_COLUMNS, traceRowsSelect } from "@/lib/rollups/sql";
import { blockStart, SKETCH_SPANS } from "@/lib/rollups/sketch-blocks";
import { exclusiveRollupLock } from "@/lib/rollups/lock";
import { foldTracePartials } from "@/lib/rollups/fold-traces";

export async function rebuildDailyRollups(db: Queryable, orgId: string, opts: { fromDay?: string } = {}): Promise<void> {
  const from = opts.fromDay ?? "0001-01-01";
  const since = `ts >= $2::date::timestamp AT TIME ZONE 'UTC'`;
  await db.query(exclusiveRollupLock(orgId));
  await db.query("DELETE FROM daily_rollups WHERE org_id = $1 AND day >= $2::date", [orgId, from]);
  await db.query(`INSERT INTO daily_rollups (${ROLLUP_COLUMNS}) SELECT ${rollupSelect(String(DAILY_FOLDED_SHARD))} FROM usage_events WHERE org_id = $1 AND ${since} ${ROLLUP_GROUP}`, [orgId, from]);
  // hourly rows from the same day boundary, so daily and hourly always cover the same events
  await db.query(`DELETE FROM hourly_rollups WHERE org_id = $1 AND hour >= $2::date::timestamp AT TIME ZONE 'UTC'`, [orgId, from]);
  await db.query(`INSERT INTO hourly_rollups (${HOURLY_COLUMNS}) SELECT ${hourlySelect(String(HOURLY_COMPACTED_SHARD))} FROM usage_events WHERE org_id = $1 AND ${since} ${HOURLY_GROUP}`, [orgId, from]);
  // workflows that started from that day on (all their events are from then on);
  // one that started earlier keeps its row, which already counts its later steps
  // once the pending partial rows are folded in (none can arrive: the lock excludes ingest)
  await foldTracePartials(db, orgId);
  await db.query("DELETE FROM trace_rollups WHERE org_id = $1 AND day >= $2::date", [orgId, from]);
  await db.query(
    `INSERT INTO trace_rollups (${TRACE_COLUMNS})
     ${traceRowsSelect(`usage_events e WHERE org_id = $1 AND trace_id IS NOT NULL AND ${since}
        AND NOT EXISTS (SELECT 1 FROM trace_rollups t WHERE t.org_id = $1 AND t.trace_id = e.trace_id)`)}`,
    [orgId, from],
  );
  // the workflow summary no longer holds those days: readers compute them live until it is recomputed
  await db.query("DELETE FROM workflow_days WHERE org_id = $1 AND day >= $2::date", [orgId, from]);
  await db.query("DELETE FROM workflow_dirty_days WHERE org_id = $1 AND day >= $2::date", [orgId, from]);
  await db.query("UPDATE workflow_summary_state SET summarized_through = least(summarized_through, $2::date - 1) WHERE org_id = $1", [orgId, from]);
  // user sketches: whole blocks of the longest span, so every block is rebuilt complete;
  // longer spans are the OR of their days' sketches
  const blocksFrom = opts.fromDay ? blockStart(opts.fromDay, SKETCH_SPANS[0]) : from;
  await db.query("DELETE FROM feature_user_sketches WHERE org_id = $1 AND start >= $2::date", [orgId, blocksFrom]);
  await db.query(`INSERT INTO feature_user_sketches (org_id, span, start, feature_id, shard, bits) ${daySketchSelect(`usage_events WHERE org_id = $1 AND ${since}`)}`, [orgId, blocksFrom]);
  for (const span of SKETCH_SPANS.filter((s) => s > 1)) {
    await db.query(
      `INSERT INTO feature_user_sketches (org_id, span, start, feature_id, shard, bits)
       SELECT org_id, $3::int2, ${blockStartSql("start", "$3::int2")}, feature_id, 0, bit_or(bits)
         FROM feature_user_sketches WHERE org_id = $1 AND span = 1 AND start >= $2::date GROUP BY 1, 2, 3, 4`,
      [orgId, blocksFrom, span],
    );
  }
}
