// The one definition of how events aggregate into daily and hourly rollups, shared by the
// ingest path (incremental upsert) and the rebuild (bulk recompute). Cost and
// token sums are numeric columns (sum(int8) is numeric too), so neither a batch's
// sum nor the running `+` can overflow; see the DailyRollup model.

export const ROLLUP_COLUMNS = `org_id, day, team_id, feature_id, provider, model, requested_model, shard, requests, errors, cache_hits,
  unpriced_requests, input_tokens, output_tokens, cached_input_tokens, cache_write_tokens, reasoning_tokens,
  cost_nano, latency_ms_sum, quality_scored, quality_score_sum, hallucination_checked, hallucinations,
  guardrail_checked, guardrail_blocks, traced_requests, traced_cost_nano`;

/**
 * The aggregates after the key and shard, over rows of events (or of re-pricing
 * deltas) with the events' columns, each row counted `weight` times (1, or a
 * delta's ±1 sign). Same order as ROLLUP_COLUMNS.
 */
export const rollupSums = (weight: string) => {
  // the ingest path (weight 1) counts and sums plainly: no multiplication per row and column
  const n = weight === "1" ? (filter = "") => `count(*)${filter}` : (filter = "") => `coalesce(sum(${weight})${filter}, 0)`;
  const times = (col: string) => (weight === "1" ? col : `${weight} * ${col}`);
  const where = (cond: string) => ` FILTER (WHERE ${cond})`;
  return `${n()}, ${n(where("status = 'error'"))}, ${n(where("cache_hit"))}, ${n(where("cost_source = 'unpriced'"))},
  sum(${times("input_tokens")}), sum(${times("output_tokens")}), sum(${times("cached_input_tokens")}), sum(${times("cache_write_tokens")}),
  sum(${times("reasoning_tokens")}), sum(${times("cost_nano")}), coalesce(sum(${times("latency_ms")}), 0),
  ${n(where("quality_score IS NOT NULL"))}, coalesce(sum(${times("quality_score::float8")}), 0),
  ${n(where("hallucination IS NOT NULL"))}, ${n(where("hallucination"))},
  ${n(where("guardrail_blocked IS NOT NULL"))}, ${n(where("guardrail_blocked"))},
  ${n(where("trace_id IS NOT NULL"))}, coalesce(sum(${times("cost_nano")}) FILTER (WHERE trace_id IS NOT NULL), 0)`;
};

/** SELECT list over a source of event rows, grouped by the rollup key (columns 1–7, ROLLUP_GROUP), into `shard`. */
export const rollupSelect = (shard: string) => `org_id, (ts AT TIME ZONE 'UTC')::date, team_id, feature_id, provider, model,
  coalesce(requested_model, ''), ${shard}, ${rollupSums("1")}`;

export const ROLLUP_GROUP = "GROUP BY 1, 2, 3, 4, 5, 6, 7";

export const SUMMED = ["requests", "errors", "cache_hits", "unpriced_requests", "input_tokens", "output_tokens", "cached_input_tokens", "cache_write_tokens",
  "reasoning_tokens", "cost_nano", "latency_ms_sum", "quality_scored", "quality_score_sum", "hallucination_checked", "hallucinations",
  "guardrail_checked", "guardrail_blocks", "traced_requests", "traced_cost_nano"];

/** ON CONFLICT clause adding a batch's aggregates to existing rollup rows. */
export const ROLLUP_UPSERT = `ON CONFLICT (org_id, day, team_id, feature_id, provider, model, requested_model, shard) DO UPDATE SET
  ${SUMMED.map((c) => `${c} = daily_rollups.${c} + EXCLUDED.${c}`).join(",\n  ")}`;

/** Hourly rollups (cost and request count only; see the HourlyRollup model). Appended to, never upserted. */
export const HOURLY_COLUMNS = "org_id, hour, team_id, feature_id, provider, model, shard, requests, cost_nano";

/** SQL for the UTC hour start of timestamptz `ts`, whatever the session time zone. */
export const hourSql = (ts: string) => `date_trunc('hour', ${ts}, 'UTC')`;

/** SELECT list over a source of event rows, grouped by the hourly key (columns 1–6, HOURLY_GROUP), into `shard`. */
export const hourlySelect = (shard: string) => `org_id, ${hourSql("ts")}, team_id, feature_id, provider, model, ${shard}, count(*), sum(cost_nano)`;

export const HOURLY_GROUP = "GROUP BY 1, 2, 3, 4, 5, 6";

/** Per-trace rollup columns (see the TraceRollup model). */
export const TRACE_COLUMNS = `org_id, trace_id, day, feature_id, team_id, start_ts, end_ts, steps, errors, cost_nano, max_step_cost_nano,
  input_tokens, output_tokens, latency_ms_sum`;

/**
 * SELECT of trace rows (TRACE_COLUMNS) over `source`, event rows that have a
 * trace_id (e.g. "ins WHERE trace_id IS NOT NULL"), one per (org_id, trace_id):
 * the trace's day, feature and team are its earliest event's; among events at the
 * same instant, the least (feature_id, team_id) — an order the upsert below can
 * apply too, so the result never depends on which batch brought which step. One
 * sort of the rows finds them (DISTINCT ON), not one sort per trace as ordered
 * aggregates would do.
 */
export const traceRowsSelect = (source: string) => `WITH trace_events AS (
    SELECT org_id, trace_id, ts, feature_id, team_id, status, cost_nano, input_tokens, output_tokens, latency_ms FROM ${source}
  ),
  firsts AS (
    SELECT DISTINCT ON (org_id, trace_id) org_id, trace_id, (ts AT TIME ZONE 'UTC')::date AS day, feature_id, team_id
      FROM trace_events ORDER BY org_id, trace_id, ts, feature_id, team_id
  ),
  sums AS (
    SELECT org_id, trace_id, min(ts) AS start_ts, max(ts) AS end_ts, count(*) AS steps, count(*) FILTER (WHERE status = 'error') AS errors,
           sum(cost_nano) AS cost_nano, max(cost_nano) AS max_step, sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens,
           coalesce(sum(latency_ms), 0) AS latency_ms_sum
      FROM trace_events GROUP BY 1, 2
  )
  SELECT s.org_id, s.trace_id, f.day, f.feature_id, f.team_id, s.start_ts, s.end_ts, s.steps, s.errors, s.cost_nano, s.max_step,
         s.input_tokens, s.output_tokens, s.latency_ms_sum
    FROM sums s JOIN firsts f USING (org_id, trace_id)`;

/** SQL for the latest day the workflow summary may hold (2 days back; see markWorkflowDaysSql). */
export const LAST_SUMMARIZABLE_DAY = "(now() AT TIME ZONE 'UTC')::date - 2";

/**
 * Days whose traces a statement changed and which the workflow summary may already
 * hold (lib/workflows/summary.ts summarizes only days up to 3 days back, so
 * anything 2 or more days back is marked): the summary recomputes them, and readers
 * compute them live until then. `days` is a SELECT of (org_id, day) rows.
 */
export const markWorkflowDaysSql = (days: string) => `INSERT INTO workflow_dirty_days (org_id, day)
  SELECT DISTINCT d.org_id, d.day FROM (${days}) AS d(org_id, day) WHERE d.day <= ${LAST_SUMMARIZABLE_DAY} ORDER BY 1, 2
  ON CONFLICT DO NOTHING`;

/** The workflow sums of a group of trace_rollups rows (workflows are traces of >= 2 steps; 1-step traces are single calls), as in the WorkflowDay model. */
export const WORKFLOW_SUMS = `count(*) FILTER (WHERE steps >= 2), coalesce(sum(steps) FILTER (WHERE steps >= 2), 0),
  coalesce(sum(cost_nano) FILTER (WHERE steps >= 2), 0),
  coalesce(sum(cost_nano::float8 / max_step_cost_nano) FILTER (WHERE steps >= 2 AND max_step_cost_nano > 0), 0),
  count(*) FILTER (WHERE steps >= 2 AND max_step_cost_nano > 0),
  count(*) FILTER (WHERE steps = 1), coalesce(sum(cost_nano) FILTER (WHERE steps = 1), 0)`;

export const WORKFLOW_DAY_COLUMNS = "org_id, day, team_id, feature_id, workflows, steps, cost_nano, ratio_sum, ratio_n, one_step, one_step_cost_nano";

/** The trace rollup columns that add up across partial rows. */
export const TRACE_SUMMED = ["steps", "errors", "cost_nano", "input_tokens", "output_tokens", "latency_ms_sum"];

const EARLIER = "(EXCLUDED.start_ts, EXCLUDED.feature_id, EXCLUDED.team_id) < (trace_rollups.start_ts, trace_rollups.feature_id, trace_rollups.team_id)";

/** ON CONFLICT clause adding a fold's steps to a stored trace: an earlier event (traceRowsSelect's order) moves its start, day, feature and team. */
export const TRACE_UPSERT = `ON CONFLICT (org_id, trace_id) DO UPDATE SET
  day = CASE WHEN ${EARLIER} THEN EXCLUDED.day ELSE trace_rollups.day END,
  feature_id = CASE WHEN ${EARLIER} THEN EXCLUDED.feature_id ELSE trace_rollups.feature_id END,
  team_id = CASE WHEN ${EARLIER} THEN EXCLUDED.team_id ELSE trace_rollups.team_id END,
  start_ts = least(trace_rollups.start_ts, EXCLUDED.start_ts),
  end_ts = greatest(trace_rollups.end_ts, EXCLUDED.end_ts),
  max_step_cost_nano = greatest(trace_rollups.max_step_cost_nano, EXCLUDED.max_step_cost_nano),
  ${TRACE_SUMMED.map((c) => `${c} = trace_rollups.${c} + EXCLUDED.${c}`).join(",\n  ")}`;

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

/** The shard of a folded daily row: one row per key holding what all shards held (lib/rollups/compact-daily.ts; the rebuild writes it directly). */
export const DAILY_FOLDED_SHARD = -1;

/** Shards per org/day/key; at least the ingest pool size so concurrent batches never share a row. */
export const ROLLUP_SHARDS = 16;

/**
 * Rollup rows written by corrections (re-pricing) rather than by ingest: a shard
 * no ingest connection uses, so a correction never waits on, or blocks, an
 * ingest transaction's row locks. Its rows hold signed deltas; readers always
 * sum over shards (and filter with HAVING on sums, never on single rows).
 */
export const ADJUSTMENT_SHARD = ROLLUP_SHARDS;
