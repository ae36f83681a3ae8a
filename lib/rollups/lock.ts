// Ingest batches (shared) exclude two short exclusive sections of one org through
// a transaction-scoped advisory lock: a rollup rebuild (so it never counts a
// concurrently committed batch twice) and a price change's commit (so no batch
// prices with the old prices after the new ones commit: see lib/pricing/overrides.ts).
// Batches do not block one another.
import { createHash } from "node:crypto";

const NAMESPACE = 7733; // "rollups"

function orgKey(orgId: string): number {
  return createHash("sha1").update(orgId).digest().readInt32BE(0);
}

/** SQL text (no parameters) taking `namespace`'s transaction-scoped advisory lock of the org, exclusive. */
const xactLock = (namespace: number, orgId: string) => `SELECT pg_advisory_xact_lock(${namespace}, ${orgKey(orgId)})`;

/** SQL text (no parameters) to run right after BEGIN in an ingest transaction. */
export function sharedRollupLock(orgId: string): string {
  return `SELECT pg_advisory_xact_lock_shared(${NAMESPACE}, ${orgKey(orgId)})`;
}

export function exclusiveRollupLock(orgId: string): string {
  return xactLock(NAMESPACE, orgId);
}

const COMPACTION_NAMESPACE = 7734; // "hourly compaction"

/** SQL text (no parameters): one hourly-rollup compaction of an org at a time (a second waits, then folds what is left). */
export function hourlyCompactionLock(orgId: string): string {
  return xactLock(COMPACTION_NAMESPACE, orgId);
}

const WORKFLOW_SUMMARY_NAMESPACE = 7735; // "workflow summary"

/** SQL text (no parameters): one workflow-summary run of an org at a time. */
export function workflowSummaryLock(orgId: string): string {
  return xactLock(WORKFLOW_SUMMARY_NAMESPACE, orgId);
}

const TRACE_FOLD_NAMESPACE = 7736; // "trace fold"

/** SQL text (no parameters): one fold of an org's partial trace rows at a time (a second waits, then folds what is left). */
export function traceFoldLock(orgId: string): string {
  return xactLock(TRACE_FOLD_NAMESPACE, orgId);
}

const DAILY_FOLD_NAMESPACE = 7737; // "daily fold"

/** SQL text (no parameters): one fold of an org's daily rollup shards at a time (a second waits, then folds what is left). */
export function dailyFoldLock(orgId: string): string {
  return xactLock(DAILY_FOLD_NAMESPACE, orgId);
}
