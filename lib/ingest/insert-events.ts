// Set-based insert of usage events: the batch travels as ONE json parameter and
// PostgreSQL unpacks it with json_to_recordset (cheaper for Node than encoding
// one array literal per column), then INSERT ... ON CONFLICT DO NOTHING so a
// replayed event is never stored twice. Rows go in in event-id order: two
// batches sharing ids then wait on each other's unique-index entries in the same
// order and never deadlock. With `rollups`, the same statement adds
// exactly the newly stored events to the daily rollups (one grouped upsert, keys
// in sorted order), appends their hourly sums to hourly_rollups (no upsert:
// lib/rollups/compact-hourly.ts folds those rows later) and appends their
// per-trace sums to trace_partials (lib/rollups/fold-traces.ts folds those).
// Returns the event ids that were newly stored.
import type { Queryable } from "@/lib/database/pool";
import type { Tier } from "@/lib/pricing/tiers";
import type { FeatureUsers } from "@/lib/ingest/known-users";
import { SKETCH_BITS } from "@/lib/ingest/user-sketch";
import { HOURLY_COLUMNS, HOURLY_GROUP, hourlySelect, ROLLUP_COLUMNS, ROLLUP_GROUP, rollupSelect, ROLLUP_UPSERT, SKETCH_UPSERT, TRACE_COLUMNS, traceRowsSelect } from "@/lib/rollups/sql";

export type EventRow = {
  eventId: string;
  /** ISO-8601 with offset, as validated (PostgreSQL parses it; no Date round trip) */
  ts: string;
  provider: string;
  model: string;
  requestedModel: string | null;
  tier: Tier | null;
  teamId: string;
  featureId: string;
  endUserId: string | null;
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
  cacheWriteTokens: number;
  reasoningTokens: number;
  costNano: bigint;
  costSource: "reported" | "computed" | "unpriced";
  latencyMs: number | null;
  status: "ok" | "error";
  cacheHit: boolean;
  traceId: string | null;
  spanId: string | null;
  parentSpanId: string | null;
  qualityScore: number | null;
  hallucination: boolean | null;
  guardrailBlocked: boolean | null;
  /** flat string map (stored as a jsonb object), or null */
  metadata?: Record<string, string> | null;
};

// [EventRow key, column, SQL type]
const COLUMNS: [keyof EventRow, string, string][] = [
  ["eventId", "event_id", "text"],
  ["ts", "ts", "timestamptz"],
  ["provider", "provider", "text"],
  ["model", "model", "text"],
  ["requestedModel", "requested_model", "text"],
  ["tier", "tier", '"ModelTier"'],
  ["teamId", "team_id", "uuid"],
  ["featureId", "feature_id", "uuid"],
  ["endUserId", "end_user_id", "text"],
  ["inputTokens", "input_tokens", "int8"],
  ["outputTokens", "output_tokens", "int8"],
  ["cachedInputTokens", "cached_input_tokens", "int8"],
  ["cacheWriteTokens", "cache_write_tokens", "int8"],
  ["reasoningTokens", "reasoning_tokens", "int8"],
  ["costNano", "cost_nano", "int8"],
  ["costSource", "cost_source", '"CostSource"'],
  ["latencyMs", "latency_ms", "int4"],
  ["status", "status", '"EventStatus"'],
  ["cacheHit", "cache_hit", "bool"],
  ["traceId", "trace_id", "text"],
  ["spanId", "span_id", "text"],
  ["parentSpanId", "parent_span_id", "text"],
  ["qualityScore", "quality_score", "float4"],
  ["hallucination", "hallucination", "bool"],
  ["guardrailBlocked", "guardrail_blocked", "bool"],
  ["metadata", "metadata", "jsonb"],
];

const INSERT = `
INSERT INTO usage_events (org_id, ${COLUMNS.map((c) => c[1]).join(", ")})
SELECT $1::uuid, ${COLUMNS.map((c) => `x."${c[0]}"`).join(", ")}
  FROM json_to_recordset($2::json) AS x(${COLUMNS.map((c) => `"${c[0]}" ${c[2]}`).join(", ")})
 ORDER BY x."eventId"
ON CONFLICT (org_id, event_id) DO NOTHING`;

const INSERT_ONLY = `${INSERT} RETURNING event_id`;

const INSERT_WITH_ROLLUPS = `
WITH ins AS (${INSERT} RETURNING *),
roll AS (
  INSERT INTO daily_rollups (${ROLLUP_COLUMNS})
  SELECT ${rollupSelect("$3::int2")} FROM ins ${ROLLUP_GROUP} ORDER BY 2, 3, 4, 5, 6, 7
  ${ROLLUP_UPSERT}
),
hourly AS (
  INSERT INTO hourly_rollups (${HOURLY_COLUMNS})
  SELECT ${hourlySelect("$3::int2")} FROM ins ${HOURLY_GROUP}
),
traces AS (
  INSERT INTO trace_partials (${TRACE_COLUMNS})
  ${traceRowsSelect("ins WHERE trace_id IS NOT NULL")}
),
users AS (
  INSERT INTO feature_user_sketches (org_id, span, start, feature_id, shard, bits)
  SELECT $1::uuid, x.s, x.d, x.f, $3::int2, ('x' || x.h)::bit(${SKETCH_BITS})
    FROM unnest($4::int2[], $5::date[], $6::uuid[], $7::text[]) AS x(s, d, f, h) ORDER BY 2, 3, 4
  ${SKETCH_UPSERT}
)
SELECT event_id FROM ins`;

/** The batch as one JSON array (bigint cost as a decimal string, which int8 accepts). */
function toJson(rows: EventRow[]): string {
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    parts[i] = JSON.stringify({ ...r, costNano: r.costNano.toString() });
  }
  return `[${parts.join(",")}]`;
}


/**
 * Insert events; with `rollups`, also add them to rollup shard `shard` (give each
 * concurrently used connection its own shard) and OR the `users` sketches into
 * the same shard of the user sketches (sending a user again changes nothing).
 */
export async function insertEventRows(
  db: Queryable,
  orgId: string,
  rows: EventRow[],
  opts: { rollups?: boolean; shard?: number; users?: FeatureUsers } = {},
): Promise<string[]> {
  if (rows.length === 0) return [];
  const u = opts.users ?? { spans: [], starts: [], featureIds: [], sketches: [] };
  const values = opts.rollups ? [orgId, toJson(rows), opts.shard ?? 0, u.spans, u.starts, u.featureIds, u.sketches] : [orgId, toJson(rows)];
  const res = await (db as { query: (t: string, v: unknown[]) => Promise<{ rows: { event_id: string }[] }> }).query(opts.rollups ? INSERT_WITH_ROLLUPS : INSERT_ONLY, values);
  return res.rows.map((r) => r.event_id);
}
