// Folding user-sketch shards. Ingest ORs each batch's users into its connection's
// shard (lib/ingest/insert-events.ts), so concurrent batches never wait for one
// another; but every shard row is 10 KB that a distinct-users read must OR again.
// Compaction ORs every shard into shard 0 and deletes the rest, so reads touch
// about one row per (block, feature) whatever the ingest concurrency was. It runs
// under the org's exclusive rollup lock (no batch is mid-flight), so it never
// races an upsert; sketches only ever gain bits, so nothing is lost or counted twice.
import "server-only";
import { getPool } from "@/lib/db";
import { withTransaction } from "@/lib/database/pool";
import { backgroundTask } from "@/lib/cache/throttle";
import { exclusiveRollupLock } from "@/lib/rollups/lock";

const COMPACT_SQL = `
WITH moved AS (
  DELETE FROM feature_user_sketches WHERE org_id = $1 AND shard <> 0 RETURNING span, start, feature_id, bits
)
INSERT INTO feature_user_sketches (org_id, span, start, feature_id, shard, bits)
SELECT $1, span, start, feature_id, 0, bit_or(bits) FROM moved GROUP BY span, start, feature_id ORDER BY span, start, feature_id
ON CONFLICT (org_id, span, start, feature_id, shard) DO UPDATE SET bits = feature_user_sketches.bits | EXCLUDED.bits`;

/** Fold all of an org's sketch shards into shard 0; returns the number of sketches written. */
export async function compactUserSketches(orgId: string): Promise<number> {
  return withTransaction(getPool(), async (client) => {
    await client.query(exclusiveRollupLock(orgId));
    return (await client.query(COMPACT_SQL, [orgId])).rowCount ?? 0;
  });
}

/** How often one server process compacts an org that keeps ingesting. */
export const COMPACT_EVERY_MS = 60_000;

/**
 * After a committed batch: compact this org's sketches when this process has not
 * done so for COMPACT_EVERY_MS. Runs in the background; a failure is logged and
 * simply retried at the next interval (uncompacted shards are correct, only slower to read).
 */
export const scheduleSketchCompaction = backgroundTask("user-sketch compaction", COMPACT_EVERY_MS, (orgId) => compactUserSketches(orgId));
