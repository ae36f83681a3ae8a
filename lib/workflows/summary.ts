// The workflow summary: sums per (UTC start day, team, feature) in workflow_days for
// days whose traces have settled, so the workflows page reads days, not every trace
// of its range. Days up to LIVE_DAYS back keep changing and are always computed
// live from trace_rollups; so are summarized days that a late step or re-pricing
// changed (workflow_dirty_days, marked by the same statement that changed them)
// until a run recomputes them. Readers therefore stay exact at every instant
// (lib/workflows/queries.ts); the summary only makes them cheaper.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { backgroundTask } from "@/lib/cache/throttle";
import { sharedRollupLock, workflowSummaryLock } from "@/lib/rollups/lock";
import { WORKFLOW_DAY_COLUMNS, WORKFLOW_SUMS } from "@/lib/rollups/sql";
import { DAY_MS, isoDay, utcMidnight } from "@/lib/time/utc-days";
import { foldTraces } from "@/lib/rollups/fold-traces";

/** Today and the days before it that are never summarized (the trace fold marks changes to older days dirty: lib/rollups/sql.ts markWorkflowDaysSql). */
export const LIVE_DAYS = 3;

/** The last day a run at `now` summarizes. */
export const summaryThrough = (now: Date): string => isoDay(utcMidnight(now) - LIVE_DAYS * DAY_MS);

/**
 * Summarize an org's settled days not yet summarized, and recompute its dirty ones,
 * in one transaction (readers see the summary before or after, both exact).
 * Returns the number of days (re)computed.
 */
export async function summarizeWorkflows(orgId: string, now = new Date()): Promise<number> {
  const through = summaryThrough(now);
  // pending steps first; any appended meanwhile are folded later, marking their days if summarized
  await foldTraces(orgId);
  return withTransaction(
    getPool(),
    async (c) => {
      const [state] = await sqlRows<{ through: string }>(c, `SELECT summarized_through::text AS through FROM workflow_summary_state WHERE org_id = $1`, [orgId]);
      // first run: from the org's first trace day
      const [first] = state ? [] : await sqlRows<{ day: string | null }>(c, `SELECT min(day)::text AS day FROM trace_rollups WHERE org_id = $1`, [orgId]);
      const from = state ? isoDay(Date.parse(`${state.through}T00:00:00Z`) + DAY_MS) : (first?.day ?? through);
      const dirty = (await sqlRows<{ day: string }>(c, `DELETE FROM workflow_dirty_days WHERE org_id = $1 AND day <= $2::date RETURNING day::text AS day`, [orgId, through])).map((d) => d.day);
      const days = `(day BETWEEN $2::date AND $3::date OR day = ANY($4::date[]))`;
      const params = [orgId, from, through, dirty];
      await c.query(`DELETE FROM workflow_days WHERE org_id = $1 AND ${days}`, params);
      await c.query(
        `INSERT INTO workflow_days (${WORKFLOW_DAY_COLUMNS})
         SELECT org_id, day, team_id, feature_id, ${WORKFLOW_SUMS} FROM trace_rollups WHERE org_id = $1 AND ${days} GROUP BY 1, 2, 3, 4`,
        params,
      );
      await c.query(
        `INSERT INTO workflow_summary_state (org_id, summarized_through) VALUES ($1, $2::date)
         ON CONFLICT (org_id) DO UPDATE SET summarized_through = greatest(workflow_summary_state.summarized_through, EXCLUDED.summarized_through)`,
        [orgId, through],
      );
      const span = from <= through ? Math.round((Date.parse(through) - Date.parse(from)) / DAY_MS) + 1 : 0;
      return span + dirty.filter((d) => d < from || d > through).length;
    },
    `BEGIN; ${sharedRollupLock(orgId)}; ${workflowSummaryLock(orgId)}`,
  );
}

/** How often one server process brings an org's summary up to date. */
export const WORKFLOW_SUMMARY_EVERY_MS = 60_000;

/** After a batch or a read: summarize in the background at most once per interval per org; a failure is logged and retried at the next interval. Returns whether a run started. */
export const scheduleWorkflowSummary = backgroundTask("workflow summary", WORKFLOW_SUMMARY_EVERY_MS, (orgId, now) => summarizeWorkflows(orgId, new Date(now)));
