// Workflow figures in SQL, read after folding the org's pending partial trace rows
// (lib/rollups/fold-traces.ts), so every committed step counts: per-feature sums over the workflow summary and the per-trace
// rollups (by the trace's start day, team and feature; lib/workflows/summary.ts) and
// the daily rollups (single calls),
// the most expensive workflows, and one trace's steps from the raw events bounded by
// the trace's own start..end (the events' BRIN index on ts).
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Filters } from "@/lib/filters/schema";
import { rollupFilterSql } from "@/lib/filters/sql";
import { WORKFLOW_SUMS } from "@/lib/rollups/sql";
import { spanDepths, summariseWorkflows, type FeatureSums } from "@/lib/workflows/maths";
import { scheduleWorkflowSummary } from "@/lib/workflows/summary";
import { foldTraces } from "@/lib/rollups/fold-traces";
import { MAX_TRACE_STEPS, TOP_WORKFLOWS, type Workflows, type WorkflowTrace } from "@/lib/workflows/schemas";

type View = Pick<Filters, "from" | "to" | "team" | "feature">;

const entityFilter = (f: View, params: unknown[], alias: string) => rollupFilterSql({ team: f.team, feature: f.feature, provider: null, model: null }, params, alias);

/**
 * Per feature: workflows (traces of ≥ 2 steps started in the range) and single
 * calls = untraced events (daily rollups' requests − traced requests, summed over
 * shards) + 1-step traces.
 */
async function featureSums(orgId: string, f: View): Promise<FeatureSums[]> {
  const params: unknown[] = [orgId, f.from, f.to];
  const tw = entityFilter(f, params, "t");
  const dw = entityFilter(f, params, "d");
  const xw = entityFilter(f, params, "x");
  const rows = await sqlRows<{
    key: string; name: string; workflows: bigint; steps: string; cost: string; ratio_sum: string | null; ratio_n: bigint; one_step: bigint; one_step_cost: string; untraced: string | null; untraced_cost: string | null;
  }>(
    getPool(),
    // settled days from the summary, the rest (recent, unsummarized or dirty days) live
    // from the traces, in one statement: one snapshot of summary, markers and traces
    `WITH st AS (SELECT coalesce((SELECT summarized_through FROM workflow_summary_state WHERE org_id = $1), '-infinity'::date) AS w),
     dirty AS (SELECT day FROM workflow_dirty_days WHERE org_id = $1 AND day BETWEEN $2 AND $3),
     parts AS (
       SELECT d.feature_id, d.workflows, d.steps, d.cost_nano AS cost, d.ratio_sum, d.ratio_n, d.one_step, d.one_step_cost_nano AS one_step_cost
         FROM workflow_days d, st
        WHERE d.org_id = $1 AND d.day BETWEEN $2 AND $3 AND d.day <= st.w AND d.day NOT IN (SELECT day FROM dirty)${dw}
       UNION ALL
       SELECT t.feature_id, ${WORKFLOW_SUMS}
         FROM trace_rollups t, st
        WHERE t.org_id = $1 AND t.day BETWEEN $2 AND $3 AND (t.day > st.w OR t.day IN (SELECT day FROM dirty))${tw}
        GROUP BY t.feature_id
     ), tr AS (
       SELECT feature_id, sum(workflows)::int8 AS workflows, sum(steps) AS steps, sum(cost) AS cost,
              sum(ratio_sum) FILTER (WHERE ratio_n > 0) AS ratio_sum, sum(ratio_n)::int8 AS ratio_n, sum(one_step)::int8 AS one_step, sum(one_step_cost) AS one_step_cost
         FROM parts GROUP BY feature_id
     ), dr AS (
       SELECT x.feature_id, sum(x.requests) - sum(x.traced_requests) AS untraced, sum(x.cost_nano) - sum(x.traced_cost_nano) AS untraced_cost
         FROM daily_rollups x
        WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${xw}
        GROUP BY x.feature_id
     )
     SELECT fe.key, fe.name, coalesce(tr.workflows, 0) AS workflows, coalesce(tr.steps, 0) AS steps, coalesce(tr.cost, 0) AS cost,
            tr.ratio_sum, coalesce(tr.ratio_n, 0) AS ratio_n, coalesce(tr.one_step, 0) AS one_step, coalesce(tr.one_step_cost, 0) AS one_step_cost,
            dr.untraced, dr.untraced_cost
       FROM tr FULL JOIN dr ON dr.feature_id = tr.feature_id
       JOIN features fe ON fe.org_id = $1 AND fe.id = coalesce(tr.feature_id, dr.feature_id)
      ORDER BY fe.key`,
    params,
  );
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    workflows: r.workflows,
    steps: BigInt(r.steps),
    costNano: BigInt(r.cost),
    maxStepRatioSum: r.ratio_sum === null ? 0 : Number(r.ratio_sum),
    maxStepRatioN: r.ratio_n,
    singleCalls: r.one_step + BigInt(r.untraced ?? 0),
    singleCallCostNano: BigInt(r.one_step_cost) + BigInt(r.untraced_cost ?? 0),
  }));
}

/**
 * The most expensive workflows that started in the range: each day's top N from
 * the (org, day, cost DESC) index, then the top N of those, so the work grows with
 * the days of the range, not with its traces.
 */
async function topWorkflows(orgId: string, f: View): Promise<Workflows["top"]> {
  const params: unknown[] = [orgId, f.from, f.to];
  const w = entityFilter(f, params, "t");
  const rows = await sqlRows<{ trace_id: string; key: string; name: string; steps: bigint; cost: string; max_step: bigint; start_ts: Date; end_ts: Date; errors: bigint }>(
    getPool(),
    `SELECT t.trace_id, fe.key, fe.name, t.steps, t.cost_nano AS cost, t.max_step_cost_nano AS max_step, t.start_ts, t.end_ts, t.errors
       FROM generate_series($2::date, $3::date, interval '1 day') AS g(day)
      CROSS JOIN LATERAL (
        SELECT * FROM trace_rollups t
         WHERE t.org_id = $1 AND t.day = g.day::date AND t.steps >= 2${w}
         ORDER BY t.cost_nano DESC, t.trace_id
         LIMIT ${TOP_WORKFLOWS}
      ) t
       JOIN features fe ON fe.org_id = t.org_id AND fe.id = t.feature_id
      ORDER BY t.cost_nano DESC, t.trace_id
      LIMIT ${TOP_WORKFLOWS}`,
    params,
  );
  return rows.map((r) => ({
    traceId: r.trace_id,
    feature: r.key,
    featureName: r.name,
    steps: Number(r.steps),
    costNano: r.cost,
    maxStepCostNano: r.max_step.toString(),
    startTs: r.start_ts.toISOString(),
    durationMs: r.end_ts.getTime() - r.start_ts.getTime(),
    errors: Number(r.errors),
  }));
}

/** Workflow cost, steps and multipliers of one org's filtered view, with the most expensive workflows. */
export async function getWorkflows(orgId: string, f: View): Promise<Workflows> {
  await foldTraces(orgId);
  scheduleWorkflowSummary(orgId);
  const [sums, top] = await Promise.all([featureSums(orgId, f), topWorkflows(orgId, f)]);
  return { from: f.from, to: f.to, ...summariseWorkflows(sums), top };
}

/** Whether the org has a trace of this id (a primary-key lookup). */
export async function traceExists(orgId: string, traceId: string): Promise<boolean> {
  await foldTraces(orgId);
  const rows = await sqlRows(getPool(), `SELECT 1 FROM trace_rollups WHERE org_id = $1 AND trace_id = $2`, [orgId, traceId]);
  return rows.length > 0;
}

/** One trace of the org, step by step (the first MAX_TRACE_STEPS by time); null when the org has no such trace. */
export async function getWorkflowTrace(orgId: string, traceId: string): Promise<WorkflowTrace | null> {
  await foldTraces(orgId);
  const pool = getPool();
  const [t] = await sqlRows<{ key: string; name: string; start_ts: Date; end_ts: Date; cost: string; max_step: bigint; steps: bigint; errors: bigint }>(
    pool,
    `SELECT fe.key, fe.name, t.start_ts, t.end_ts, t.cost_nano AS cost, t.max_step_cost_nano AS max_step, t.steps, t.errors
       FROM trace_rollups t JOIN features fe ON fe.org_id = t.org_id AND fe.id = t.feature_id
      WHERE t.org_id = $1 AND t.trace_id = $2`,
    [orgId, traceId],
  );
  if (!t) return null;
  const rows = await sqlRows<{
    event_id: string; ts: Date; provider: string; model: string; input_tokens: bigint; output_tokens: bigint; cached_input_tokens: bigint; cost_nano: bigint;
    latency_ms: number | null; status: "ok" | "error"; span_id: string | null; parent_span_id: string | null;
  }>(
    pool,
    `SELECT event_id, ts, provider, model, input_tokens, output_tokens, cached_input_tokens, cost_nano, latency_ms, status, span_id, parent_span_id
       FROM usage_events
      WHERE org_id = $1 AND trace_id = $2 AND ts BETWEEN $3 AND $4
      ORDER BY ts, event_id
      LIMIT ${MAX_TRACE_STEPS}`,
    [orgId, traceId, t.start_ts, t.end_ts],
  );
  const depths = spanDepths(rows.map((r) => ({ spanId: r.span_id, parentSpanId: r.parent_span_id })));
  const totalSteps = Number(t.steps);
  return {
    traceId,
    feature: t.key,
    featureName: t.name,
    startTs: t.start_ts.toISOString(),
    endTs: t.end_ts.toISOString(),
    costNano: t.cost,
    maxStepCostNano: t.max_step.toString(),
    errors: Number(t.errors),
    totalSteps,
    stepLimit: MAX_TRACE_STEPS,
    truncated: totalSteps > rows.length,
    steps: rows.map((r, i) => ({
      eventId: r.event_id,
      ts: r.ts.toISOString(),
      provider: r.provider,
      model: r.model,
      inputTokens: Number(r.input_tokens),
      outputTokens: Number(r.output_tokens),
      cachedInputTokens: Number(r.cached_input_tokens),
      costNano: r.cost_nano.toString(),
      latencyMs: r.latency_ms,
      status: r.status,
      spanId: r.span_id,
      parentSpanId: r.parent_span_id,
      depth: depths[i],
    })),
  };
}
