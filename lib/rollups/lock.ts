// Ingest batches (shared) and rollup rebuilds (exclusive) of one org exclude each
// other through a transaction-scoped advisory lock, so a rebuild never counts a
// concurrently committed batch twice. Batches do not block one another.
import { createHash } from "node:crypto";

const NAMESPACE = 7733; // "rollups"

function orgKey(orgId: string): number {
  return createHash("sha1").update(orgId).digest().readInt32BE(0);
}

/** SQL text (no parameters) to run right after BEGIN in an ingest transaction. */
export function sharedRollupLock(orgId: string): string {
  return `SELECT pg_advisory_xact_lock_shared(${NAMESPACE}, ${orgKey(orgId)})`;
}

export function exclusiveRollupLock(orgId: string): string {
  return `SELECT pg_advisory_xact_lock(${NAMESPACE}, ${orgKey(orgId)})`;
}
