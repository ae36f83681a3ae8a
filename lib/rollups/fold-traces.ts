// Folding partial trace rows into trace_rollups. The ingest statement appends one
// row per trace of each batch to trace_partials and re-pricing appends cost deltas
// (an append costs a batch far less than the upsert into trace_rollups it replaced:
// docs/benchmarks.md). A fold moves all of an org's partial rows into trace_rollups
// in one statement: grouped per trace (the earliest step in traceRowsSelect's order,
// so the result never depends on which batch or fold brought which step), upserted
// in trace-id order, cost deltas added to their stored traces. It marks the days it
// changed that the workflow summary may hold (a late step, a trace that moves to an
// earlier day, re-pricing), as the ingest statement used to.
// Rows a batch appends while a fold runs are not in the DELETE's snapshot and stay
// for the next fold. Workflow readers fold before they read (lib/workflows/queries.ts),
// so they see every committed step; the background fold after ingest keeps the
// table, and so the readers' fold, small. Folds of one org take turns (an advisory
// lock); the shared rollup lock keeps them apart from a rebuild, which folds first
// itself.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction, type Queryable } from "@/lib/database/pool";
import { backgroundTask } from "@/lib/cache/throttle";
import { sharedRollupLock, traceFoldLock } from "@/lib/rollups/lock";
import { LAST_SUMMARIZABLE_DAY, markWorkflowDaysSql, TRACE_COLUMNS, TRACE_SUMMED, TRACE_UPSERT } from "@/lib/rollups/sql";

const FOLD_SQL = `
WITH moved AS (
  DELETE FROM trace_partials WHERE org_id = $1 RETURNING *
),
-- rank each trace's rows by its earliest step (least start, then feature and team:
-- traceRowsSelect's order; re-pricing deltas have no start, sort last and never
-- move a trace) and count them, in one sort of the rows
ranked AS (
  SELECT m.*, row_number() OVER w AS rn, count(*) OVER (PARTITION BY trace_id) AS n
    FROM moved m WINDOW w AS (PARTITION BY trace_id ORDER BY start_ts, feature_id, team_id)
),
-- most traces have one row since the last fold: it passes through as it is; only
-- traces with several rows are summed (numeric sums cost a state per group)
merged AS (
  SELECT ${TRACE_COLUMNS} FROM ranked WHERE n = 1
  UNION ALL
  SELECT org_id, trace_id, (array_agg(day) FILTER (WHERE rn = 1))[1], (array_agg(feature_id) FILTER (WHERE rn = 1))[1],
         (array_agg(team_id) FILTER (WHERE rn = 1))[1], min(start_ts), max(end_ts), sum(steps), sum(errors), sum(cost_nano),
         max(max_step_cost_nano), sum(input_tokens), sum(output_tokens), sum(latency_ms_sum)
    FROM ranked WHERE n > 1 GROUP BY org_id, trace_id
),
added AS (
  INSERT INTO trace_rollups (${TRACE_COLUMNS})
  SELECT * FROM merged WHERE day IS NOT NULL ORDER BY trace_id
  ${TRACE_UPSERT}
  RETURNING org_id, day
),
repriced AS (
  UPDATE trace_rollups t
     SET ${TRACE_SUMMED.map((c) => `${c} = t.${c} + m.${c}`).join(", ")}, max_step_cost_nano = greatest(t.max_step_cost_nano, m.max_step_cost_nano)
    FROM merged m
   WHERE m.day IS NULL AND t.org_id = m.org_id AND t.trace_id = m.trace_id
  RETURNING t.org_id, t.day
),
moves AS (
  -- stored traces that an earlier step moves to an earlier day: their old day changes too
  SELECT t.org_id, t.day FROM merged m JOIN trace_rollups t ON t.org_id = m.org_id AND t.trace_id = m.trace_id
   WHERE m.day <= ${LAST_SUMMARIZABLE_DAY} AND m.day < t.day -- a later new day leaves the old one later still: not summarized
),
late AS (${markWorkflowDaysSql("SELECT org_id, day FROM added UNION ALL SELECT org_id, day FROM repriced UNION ALL SELECT org_id, day FROM moves")})
SELECT count(*)::int AS n FROM merged`;

/** Fold an org's partial trace rows on `db`, whose transaction already excludes other folds and rebuilds of the org; returns the traces touched. */
export async function foldTracePartials(db: Queryable, orgId: string): Promise<number> {
  const [row] = await sqlRows<{ n: number }>(db, FOLD_SQL, [orgId]);
  return row.n;
}

/**
 * Fold an org's partial trace rows (its own transaction); returns the traces touched.
 * With none pending (a reader after the background fold, or no traffic) it costs one
 * short query, not the fold's statement, whose planning alone takes milliseconds.
 */
export async function foldTraces(orgId: string): Promise<number> {
  const pending = await sqlRows(getPool(), `SELECT 1 FROM trace_partials WHERE org_id = $1 LIMIT 1`, [orgId]);
  if (pending.length === 0) return 0;
  // room to sort a few seconds of a busy org's rows in memory
  return withTransaction(getPool(), (c) => foldTracePartials(c, orgId), `BEGIN; ${sharedRollupLock(orgId)}; ${traceFoldLock(orgId)}; SET LOCAL work_mem = '64MB'`);
}

/** How often one server process folds an org that keeps ingesting. */
export const TRACE_FOLD_EVERY_MS = 5_000;

/** After a committed batch: fold in the background at most once per interval per org; a failure is logged and the rows wait for the next fold (or read). Returns whether a fold started. */
export const scheduleTraceFold = backgroundTask("trace fold", TRACE_FOLD_EVERY_MS, (orgId) => foldTraces(orgId));
