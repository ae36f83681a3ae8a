// Folding daily rollup shards. Each pooled ingest connection upserts its own shard
// of a day's rows (lib/ingest/ingest.ts), and re-pricing writes signed deltas to
// another, so a busy day ends with up to one row per key and shard: ten or more
// times the rows every dashboard query sums. Once a UTC day is over, folding
// replaces all rows of the day with one row per key (DAILY_FOLDED_SHARD), in one
// transaction: readers, who sum rows, see the figures before or after, both exact.
// Today is left alone (ingest keeps writing it); a late event for a folded day
// lands in its connection's shard again and is folded at the next pass.
//
// Locks: the shared rollup lock keeps a rebuild (exclusive) out; one fold of an
// org at a time (a second waits, then folds what is left). The rows of the days
// are locked first, in key-then-shard order: ingest and re-pricing upsert their
// one shard in key order, so a batch and a fold never wait on each other in a
// cycle. A row a batch inserts after that is not in the fold's snapshot and stays
// for the next pass.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { backgroundPasses } from "@/lib/cache/throttle";
import { dailyFoldLock, sharedRollupLock } from "@/lib/rollups/lock";
import { DAILY_FOLDED_SHARD, ROLLUP_COLUMNS, SUMMED } from "@/lib/rollups/sql";
import { DAY_MS, isoDay } from "@/lib/time/utc-days";

const KEY = "org_id, day, team_id, feature_id, provider, model, requested_model";

/** Days folded per transaction (a bounded set of locked rows). */
const DAYS_PER_RUN = 7;

const FOLD_SQL = `
WITH moved AS (
  DELETE FROM daily_rollups WHERE org_id = $1 AND day = ANY($2::date[])
  RETURNING ${KEY}, ${SUMMED.join(", ")}
)
INSERT INTO daily_rollups (${ROLLUP_COLUMNS})
SELECT ${KEY}, ${DAILY_FOLDED_SHARD}, ${SUMMED.map((c) => `sum(${c})`).join(", ")}
  FROM moved GROUP BY ${KEY}
HAVING NOT (${SUMMED.map((c) => `sum(${c}) = 0`).join(" AND ")})`;

/**
 * Fold an org's daily rows on UTC days from `fromDay` up to, not including, the
 * day of `now` (all past days by default); returns the days folded.
 */
export async function foldDailyRollups(orgId: string, now = new Date(), fromDay = "0001-01-01"): Promise<number> {
  const today = isoDay(now.getTime());
  let folded = 0;
  for (;;) {
    const days = await withTransaction(
      getPool(),
      async (client) => {
        const found = await sqlRows<{ day: string }>(
          client,
          `SELECT DISTINCT day::text AS day FROM daily_rollups
            WHERE org_id = $1 AND day >= $2::date AND day < $3::date AND shard <> ${DAILY_FOLDED_SHARD}
            ORDER BY 1 LIMIT ${DAYS_PER_RUN}`,
          [orgId, fromDay, today],
        );
        if (found.length === 0) return 0;
        const list = found.map((d) => d.day);
        await client.query(
          `SELECT 1 FROM daily_rollups WHERE org_id = $1 AND day = ANY($2::date[])
            ORDER BY day, team_id, feature_id, provider, model, requested_model, shard FOR UPDATE`,
          [orgId, list],
        );
        await client.query(FOLD_SQL, [orgId, list]);
        return list.length;
      },
      `BEGIN; ${sharedRollupLock(orgId)}; ${dailyFoldLock(orgId)}`,
    );
    folded += days;
    if (days < DAYS_PER_RUN) return folded;
  }
}

/** How often one server process folds the past week of an org that keeps ingesting. */
export const DAILY_FOLD_EVERY_MS = 60_000;
/** The recent days a regular pass covers: nearly every late event lands there; older days are folded by the full pass. */
export const DAILY_RECENT_DAYS = 7;
/** How often the pass covers all days instead of the recent ones. */
export const DAILY_FULL_EVERY_MS = 10 * 60_000;

/**
 * After a committed batch: fold this org's finished days when this process has
 * not done so for DAILY_FOLD_EVERY_MS (all days every DAILY_FULL_EVERY_MS). Runs in
 * the background; a failure is logged and retried at the next interval (unfolded
 * rows are exact, only more rows to sum). Returns whether a run started.
 */
export const scheduleDailyFold = backgroundPasses("daily rollup fold", DAILY_FOLD_EVERY_MS, DAILY_FULL_EVERY_MS, (orgId, full, now) =>
  foldDailyRollups(orgId, new Date(now), full ? undefined : isoDay(now - DAILY_RECENT_DAYS * DAY_MS)),
);
