// Folding appended hourly rows. Ingest appends each batch's hourly sums and
// re-pricing appends signed deltas (no upsert: it measured ~16% of the ingest
// statement's time, appending ~3.5%), so an hour gains rows with traffic.
// Compaction replaces all rows of every hour that has unfolded rows with one row
// per key (shard HOURLY_COMPACTED_SHARD), in one transaction: readers, who sum
// rows, see the figures before or after, both exact. Rows appended by a batch
// that commits meanwhile are not in the DELETE's snapshot, so they stay for the
// next run. Compactions of one org take turns (an advisory lock): two at once would
// each fold part of an hour's rows, leaving two folded rows for a key that no later
// run touches (exact, but not one row per key). The shared rollup lock keeps it apart
// from a rebuild (exclusive), which would otherwise also count what a compaction re-inserts.
import "server-only";
import { getPool } from "@/lib/db";
import { withTransaction } from "@/lib/database/pool";
import { backgroundPasses } from "@/lib/cache/throttle";
import { hourlyCompactionLock, sharedRollupLock } from "@/lib/rollups/lock";
import { HOURLY_COLUMNS, HOURLY_COMPACTED_SHARD } from "@/lib/rollups/sql";

const COMPACT_SQL = `
WITH hours AS (
  SELECT DISTINCT hour FROM hourly_rollups WHERE org_id = $1 AND hour >= $2 AND shard <> ${HOURLY_COMPACTED_SHARD}
),
moved AS (
  DELETE FROM hourly_rollups h USING hours WHERE h.org_id = $1 AND h.hour = hours.hour
  RETURNING h.hour, h.team_id, h.feature_id, h.provider, h.model, h.requests, h.cost_nano
)
INSERT INTO hourly_rollups (${HOURLY_COLUMNS})
SELECT $1, hour, team_id, feature_id, provider, model, ${HOURLY_COMPACTED_SHARD}, sum(requests), sum(cost_nano)
  FROM moved GROUP BY 2, 3, 4, 5, 6
HAVING sum(requests) <> 0 OR sum(cost_nano) <> 0`;

/** Fold an org's unfolded hourly rows in hours from `since` on (all hours by default); returns the rows written. */
export async function compactHourlyRollups(orgId: string, since = new Date(0)): Promise<number> {
  return withTransaction(getPool(), async (client) => (await client.query(COMPACT_SQL, [orgId, since])).rowCount ?? 0, `BEGIN; ${sharedRollupLock(orgId)}; ${hourlyCompactionLock(orgId)}`);
}

/** How often one server process folds the recent hours of an org that keeps ingesting. */
export const HOURLY_COMPACT_EVERY_MS = 5_000;
/** Recent hours: where nearly all traffic lands; older hours (late events) are folded by the full pass. */
export const HOURLY_RECENT_MS = 2 * 86_400_000;
/** How often the pass covers all hours instead of the recent ones. */
export const HOURLY_FULL_EVERY_MS = 10 * 60_000;

/**
 * After a committed batch: fold this org's recent hourly rows when this process has
 * not done so for HOURLY_COMPACT_EVERY_MS (all hours every HOURLY_FULL_EVERY_MS).
 * Runs in the background; a failure is logged and retried at the next interval
 * (unfolded rows are exact, only more rows to sum). Returns whether a run started.
 */
export const scheduleHourlyCompaction = backgroundPasses("hourly rollup compaction", HOURLY_COMPACT_EVERY_MS, HOURLY_FULL_EVERY_MS, (orgId, full, now) =>
  compactHourlyRollups(orgId, full ? undefined : new Date(now - HOURLY_RECENT_MS)),
);
