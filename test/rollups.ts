// Integration-test checks that rollups equal what the raw events say, summed
// over shards (adjustment deltas included).
import type { Queryable } from "@/lib/database/pool";
import { sqlRows } from "@/lib/database/pool";
import { foldTraces } from "@/lib/rollups/fold-traces";

type Mismatch = { hour: Date; team_id: string; feature_id: string; provider: string; model: string; raw_n: string | null; rolled_n: string | null; raw_cost: string | null; rolled_cost: string | null };

/** Every (UTC hour, team, feature, provider, model) whose hourly rollup differs from its raw events; [] when exact. */
export function hourlyMismatches(db: Queryable, orgId: string): Promise<Mismatch[]> {
  return sqlRows<Mismatch>(
    db,
    `WITH raw AS (
       SELECT date_trunc('hour', ts, 'UTC') AS hour, team_id, feature_id, provider, model, count(*)::text AS n, sum(cost_nano)::text AS cost
         FROM usage_events WHERE org_id = $1 GROUP BY 1, 2, 3, 4, 5),
     rolled AS (
       SELECT hour, team_id, feature_id, provider, model, sum(requests)::text AS n, sum(cost_nano)::text AS cost
         FROM hourly_rollups WHERE org_id = $1 GROUP BY 1, 2, 3, 4, 5 HAVING sum(requests) <> 0 OR sum(cost_nano) <> 0)
     SELECT hour, team_id, feature_id, provider, model, raw.n AS raw_n, rolled.n AS rolled_n, raw.cost AS raw_cost, rolled.cost AS rolled_cost
       FROM raw FULL JOIN rolled USING (hour, team_id, feature_id, provider, model)
      WHERE raw.n IS DISTINCT FROM rolled.n OR raw.cost IS DISTINCT FROM rolled.cost`,
    [orgId],
  );
}

/** Per UTC day and model: requests and cost from daily rollups and from hourly rollups, where they differ; [] when they agree. */
export function dailyHourlyMismatches(db: Queryable, orgId: string) {
  return sqlRows<{ day: string; provider: string; model: string; daily: string | null; hourly: string | null }>(
    db,
    `WITH d AS (SELECT day, provider, model, sum(requests) || ':' || sum(cost_nano) AS v FROM daily_rollups WHERE org_id = $1 GROUP BY 1, 2, 3 HAVING sum(requests) <> 0),
          h AS (SELECT (hour AT TIME ZONE 'UTC')::date AS day, provider, model, sum(requests) || ':' || sum(cost_nano) AS v FROM hourly_rollups WHERE org_id = $1 GROUP BY 1, 2, 3 HAVING sum(requests) <> 0)
     SELECT day, provider, model, d.v AS daily, h.v AS hourly FROM d FULL JOIN h USING (day, provider, model) WHERE d.v IS DISTINCT FROM h.v`,
    [orgId],
  );
}

/** Every daily-rollup column the raw events determine, per rollup key (shards summed); rows where rollups and events differ; [] when exact. */
export function dailyMismatches(db: Queryable, orgId: string) {
  const sums = `count(*) AS requests, count(*) FILTER (WHERE status = 'error') AS errors, count(*) FILTER (WHERE cache_hit) AS cache_hits,
    count(*) FILTER (WHERE cost_source = 'unpriced') AS unpriced, sum(input_tokens) AS input, sum(output_tokens) AS output,
    sum(cached_input_tokens) AS cached, sum(cache_write_tokens) AS cache_write, sum(reasoning_tokens) AS reasoning, sum(cost_nano) AS cost,
    coalesce(sum(latency_ms), 0) AS latency, count(quality_score) AS scored, round(coalesce(sum(quality_score::float8), 0)::numeric, 6) AS score_sum,
    count(hallucination) AS h_checked, count(*) FILTER (WHERE hallucination) AS h, count(guardrail_blocked) AS g_checked,
    count(*) FILTER (WHERE guardrail_blocked) AS g, count(trace_id) AS traced, coalesce(sum(cost_nano) FILTER (WHERE trace_id IS NOT NULL), 0) AS traced_cost`;
  return sqlRows<{ k: string; raw: string | null; rolled: string | null }>(
    db,
    `WITH raw AS (
       SELECT concat_ws('|', (ts AT TIME ZONE 'UTC')::date, team_id, feature_id, provider, model, coalesce(requested_model, '')) AS k, row(${sums.replace(/ AS \w+/g, "")})::text AS v
         FROM usage_events WHERE org_id = $1 GROUP BY 1),
     rolled AS (
       SELECT concat_ws('|', day, team_id, feature_id, provider, model, requested_model) AS k,
              row(sum(requests), sum(errors), sum(cache_hits), sum(unpriced_requests), sum(input_tokens), sum(output_tokens), sum(cached_input_tokens),
                  sum(cache_write_tokens), sum(reasoning_tokens), sum(cost_nano), sum(latency_ms_sum), sum(quality_scored),
                  round(sum(quality_score_sum)::numeric, 6), sum(hallucination_checked), sum(hallucinations), sum(guardrail_checked),
                  sum(guardrail_blocks), sum(traced_requests), sum(traced_cost_nano))::text AS v
         FROM daily_rollups WHERE org_id = $1 GROUP BY 1 HAVING sum(requests) <> 0 OR sum(cost_nano) <> 0)
     SELECT k, raw.v AS raw, rolled.v AS rolled FROM raw FULL JOIN rolled USING (k) WHERE raw.v IS DISTINCT FROM rolled.v`,
    [orgId],
  );
}

/**
 * Traces whose rollup row differs from their raw events (start day, feature and team of the earliest event, ties by feature and team),
 * after folding the org's pending partial rows as every reader does; [] when exact.
 */
export async function traceMismatches(db: Queryable, orgId: string) {
  await foldTraces(orgId);
  return sqlRows<{ trace_id: string; raw: string | null; rolled: string | null }>(
    db,
    `WITH raw AS (
       SELECT trace_id, row((min(ts) AT TIME ZONE 'UTC')::date, (array_agg(feature_id ORDER BY ts, feature_id, team_id))[1], (array_agg(team_id ORDER BY ts, feature_id, team_id))[1],
                  min(ts), max(ts), count(*), count(*) FILTER (WHERE status = 'error'), sum(cost_nano), max(cost_nano),
                  sum(input_tokens), sum(output_tokens), coalesce(sum(latency_ms), 0))::text AS v
         FROM usage_events WHERE org_id = $1 AND trace_id IS NOT NULL GROUP BY 1),
     rolled AS (
       SELECT trace_id, row(day, feature_id, team_id, start_ts, end_ts, steps, errors, cost_nano, max_step_cost_nano,
                  input_tokens, output_tokens, latency_ms_sum)::text AS v
         FROM trace_rollups WHERE org_id = $1)
     SELECT trace_id, raw.v AS raw, rolled.v AS rolled FROM raw FULL JOIN rolled USING (trace_id) WHERE raw.v IS DISTINCT FROM rolled.v`,
    [orgId],
  );
}
