// The one definition of how events aggregate into daily and hourly rollups, shared by the
// ingest path (incremental upsert) and the rebuild (bulk recompute). Cost and
// token sums are numeric columns (sum(int8) is numeric too), so neither a batch's
// sum nor the running `+` can overflow; see the DailyRollup model.

export const ROLLUP_COLUMNS = `org_id, day, team_id, feature_id, provider, model, shard, requests, errors, cache_hits,
  unpriced_requests, input_tokens, output_tokens, cached_input_tokens, cache_write_tokens, reasoning_tokens,
  cost_nano, latency_ms_sum`;

/** SELECT list over a source of event rows, grouped by the rollup key (columns 1–6), into `shard`. */
export const rollupSelect = (shard: string) => `org_id, (ts AT TIME ZONE 'UTC')::date, team_id, feature_id, provider, model, ${shard},
  count(*), count(*) FILTER (WHERE status = 'error'), count(*) FILTER (WHERE cache_hit),
  count(*) FILTER (WHERE cost_source = 'unpriced'),
  sum(input_tokens), sum(output_tokens), sum(cached_input_tokens), sum(cache_write_tokens),
  sum(reasoning_tokens), sum(cost_nano), coalesce(sum(latency_ms), 0)`;

export const ROLLUP_GROUP = "GROUP BY 1, 2, 3, 4, 5, 6";

const SUMMED = ["requests", "errors", "cache_hits", "unpriced_requests", "input_tokens", "output_tokens", "cached_input_tokens", "cache_write_tokens", "reasoning_tokens", "cost_nano", "latency_ms_sum"];

/** ON CONFLICT clause adding a batch's aggregates to existing rollup rows. */
export const ROLLUP_UPSERT = `ON CONFLICT (org_id, day, team_id, feature_id, provider, model, shard) DO UPDATE SET
  ${SUMMED.map((c) => `${c} = daily_rollups.${c} + EXCLUDED.${c}`).join(",\n  ")}`;

/** Hourly rollups (cost and request count only; see the HourlyRollup model). Appended to, never upserted. */
export const HOURLY_COLUMNS = "org_id, hour, team_id, feature_id, provider, model, shard, requests, cost_nano";

/** SQL for the UTC hour start of timestamptz `ts`, whatever the session time zone. */
export const hourSql = (ts: string) => `date_trunc('hour', ${ts}, 'UTC')`;

/** SELECT list over a source of event rows, grouped by the hourly key (columns 1–6, ROLLUP_GROUP), into `shard`. */
export const hourlySelect = (shard: string) => `org_id, ${hourSql("ts")}, team_id, feature_id, provider, model, ${shard}, count(*), sum(cost_nano)`;

/** `shard` of hourly rows folded by compaction or written by a rebuild: one row per hour and key; every other shard value is yet to be folded. */
export const HOURLY_COMPACTED_SHARD = -1;

/** ON CONFLICT clause merging a batch's user sketch into the stored one (a bitwise OR: HyperLogLog's merge in unary form). */
export const SKETCH_UPSERT = `ON CONFLICT (org_id, span, start, feature_id, shard) DO UPDATE SET bits = feature_user_sketches.bits | EXCLUDED.bits`;

/** SQL for the first day of the `span`-day block holding `day` (lib/rollups/sketch-blocks.ts blockStart). */
export const blockStartSql = (day: string, span: string) => `(${day} - ((${day} - DATE '1970-01-01') % ${span} + ${span}) % ${span})`;

/** SELECT of one-day, shard-0 user sketches per (org, UTC day, feature) over `source` (rows of usage_events, filtered): the SQL twin of lib/ingest/user-sketch.ts. */
export const daySketchSelect = (source: string) => `SELECT e.org_id, 1, e.day, e.feature_id, 0, hll_bits(array_agg(p.x))
  FROM (SELECT DISTINCT org_id, (ts AT TIME ZONE 'UTC')::date AS day, feature_id, end_user_id FROM ${source} AND end_user_id IS NOT NULL) AS e,
       unnest(hll_positions(e.end_user_id)) AS p(x)
 GROUP BY 1, 3, 4`;

/** Shards per org/day/key; at least the ingest pool size so concurrent batches never share a row. */
export const ROLLUP_SHARDS = 16;

/**
 * Rollup rows written by corrections (re-pricing) rather than by ingest: a shard
 * no ingest connection uses, so a correction never waits on, or blocks, an
 * ingest transaction's row locks. Its rows hold signed deltas; readers always
 * sum over shards (and filter with HAVING on sums, never on single rows).
 */
export const ADJUSTMENT_SHARD = ROLLUP_SHARDS;
