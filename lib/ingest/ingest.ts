// Ingest one batch: validate every item, drop in-batch repeats, resolve keys,
// price, then store events and rollups in one transaction. Results come back in
// request order; a 2xx is only possible after COMMIT.
import "server-only";
import { getPool } from "@/lib/db";
import { retryConflicts, withTransaction } from "@/lib/database/pool";
import type pg from "pg";
import { insertEventRows, type EventRow } from "@/lib/ingest/insert-events";
import { ROLLUP_SHARDS } from "@/lib/rollups/sql";
import { sharedRollupLock } from "@/lib/rollups/lock";
import { scheduleSketchCompaction } from "@/lib/rollups/compact-sketches";
import { scheduleHourlyCompaction } from "@/lib/rollups/compact-hourly";
import { scheduleDailyFold } from "@/lib/rollups/compact-daily";
import { scheduleWorkflowSummary } from "@/lib/workflows/summary";
import { scheduleTraceFold } from "@/lib/rollups/fold-traces";
import { createMissingKeys, getOrgContext, readPricingVersion, recordNewModels } from "@/lib/ingest/org-context";
import { rememberUsers, unknownUsers } from "@/lib/ingest/known-users";
import type { Tier } from "@/lib/pricing/tiers";
import type { IngestEvent, IngestResponse, ItemResult } from "@/lib/ingest/schemas";
import { toEventRow, UNASSIGNED_KEY } from "@/lib/ingest/to-row";
import { validateItem } from "@/lib/ingest/validate";
import { spendCommitted } from "@/lib/ingest/after-commit";

export async function ingestBatch(orgId: string, items: unknown[]): Promise<IngestResponse> {
  const results: ItemResult[] = new Array(items.length);
  const valid: { index: number; event: IngestEvent }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const v = validateItem(items[i], i);
    if (!v.ok) {
      results[i] = { index: i, eventId: v.eventId, status: "rejected", error: v.error };
    } else if (seen.has(v.event.eventId)) {
      results[i] = { index: i, eventId: v.event.eventId, status: "duplicate" }; // repeated within this batch
    } else {
      seen.add(v.event.eventId);
      valid.push({ index: i, event: v.event });
    }
  }

  if (valid.length) {
    const stored = await store(orgId, valid.map((v) => v.event));
    for (const { index, event } of valid) {
      results[index] = { index, eventId: event.eventId, status: stored.has(event.eventId) ? "accepted" : "duplicate" };
    }
  }
  let accepted = 0, duplicate = 0, rejected = 0;
  for (const r of results) {
    if (r.status === "accepted") accepted++;
    else if (r.status === "duplicate") duplicate++;
    else rejected++;
  }
  return { accepted, duplicate, rejected, results };
}

// Each pooled connection writes its own rollup shard, so concurrent batches
// never wait for each other's row locks.
const shards = new WeakMap<pg.PoolClient, number>();
let nextShard = 0;
function shardOf(client: pg.PoolClient): number {
  let s = shards.get(client);
  if (s === undefined) shards.set(client, (s = nextShard++ % ROLLUP_SHARDS));
  return s;
}

async function store(orgId: string, events: IngestEvent[]): Promise<Set<string>> {
  const teamKey = (e: IngestEvent) => e.team ?? UNASSIGNED_KEY;
  const featureKey = (e: IngestEvent) => e.feature ?? UNASSIGNED_KEY;
  const result = await retryConflicts(() => withTransaction(
    getPool(),
    async (client) => {
      // After the shared ingest lock: a price change either committed before this
      // point (and its version is read here) or waits until this batch commits.
      const ctx = await getOrgContext(client, orgId, await readPricingVersion(client, orgId));
      const missingTeams = new Set<string>();
      const missingFeatures = new Map<string, string>();
      for (const e of events) {
        if (!ctx.teams.has(teamKey(e))) missingTeams.add(teamKey(e));
        if (!ctx.features.has(featureKey(e)) && !missingFeatures.has(featureKey(e))) missingFeatures.set(featureKey(e), teamKey(e));
      }
      let created = { teams: new Map<string, string>(), features: new Map<string, string>() };
      if (missingTeams.size || missingFeatures.size) {
        created = await createMissingKeys(client, orgId, [...missingTeams], [...missingFeatures].map(([key, t]) => ({ key, teamKey: t })), ctx.teams);
      }
      const rows: EventRow[] = events.map((e) =>
        toEventRow(e, ctx, {
          teamId: ctx.teams.get(teamKey(e)) ?? created.teams.get(teamKey(e))!,
          featureId: ctx.features.get(featureKey(e)) ?? created.features.get(featureKey(e))!,
        }),
      );
      const newModels = new Map<string, { provider: string; model: string; tier: Tier }>();
      for (const r of rows) {
        const k = `${r.provider}/${r.model}`;
        if (r.tier && !ctx.models.has(k)) newModels.set(k, { provider: r.provider, model: r.model, tier: r.tier });
      }
      await recordNewModels(client, orgId, [...newModels.values()]);
      const { users, keys: userKeys } = unknownUsers(rows);
      const inserted = await insertEventRows(client, orgId, rows, { rollups: true, shard: shardOf(client), users });
      return { ctx, inserted, created, newModels: [...newModels.keys()], userKeys };
    },
    `BEGIN; ${sharedRollupLock(orgId)}`,
  ));
  const ctx = result.ctx;
  // caches learn only what is committed
  rememberUsers(result.userKeys);
  if (result.userKeys.length) scheduleSketchCompaction(orgId);
  if (result.inserted.length) spendCommitted(orgId);
  if (result.inserted.length) {
    scheduleHourlyCompaction(orgId);
    scheduleDailyFold(orgId);
    scheduleTraceFold(orgId);
    scheduleWorkflowSummary(orgId);
  }
  for (const k of result.newModels) ctx.models.add(k);
  for (const [k, id] of result.created.teams) ctx.teams.set(k, id);
  for (const [k, id] of result.created.features) ctx.features.set(k, id);
  return new Set(result.inserted);
}
