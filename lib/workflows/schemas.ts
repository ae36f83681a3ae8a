// GET /api/v1/workflows and /api/v1/workflows/{traceId}: the queries and the response
// shapes. A workflow is a trace (events sharing a traceId) of 2 or more steps; a
// single call is an untraced event or a 1-step trace. Money: nano-USD decimal strings.
import { z } from "zod";
import { scopedFiltersQuerySchema } from "@/lib/filters/schema";

/** The shared filters, of which workflows use the range, team and feature (a trace may span models). */
export const workflowsQuerySchema = (now?: () => Date) =>
  scopedFiltersQuerySchema(["team", "feature"], "workflows group whole traces, which may span models: only range, from, to, team and feature apply", now);

/** One trace's breakdown takes no parameters (the trace row knows its time bounds). */
export const workflowTraceQuerySchema = z.object({}).strict();

/** Most expensive workflows listed; steps returned for one trace (the rest are counted, not listed). */
export const TOP_WORKFLOWS = 20;
export const MAX_TRACE_STEPS = 500;

const nano = z.string().regex(/^-?\d+$/);

export const workflowFeatureSchema = z.object({
  key: z.string(),
  name: z.string(),
  workflows: z.number(),
  avgSteps: z.number().nullable(),
  avgCostNano: nano.nullable(),
  /** average cost of a single call of this feature in the range; null without single calls */
  singleCallCostNano: nano.nullable(),
  multiplierOverSingleCall: z.number().nullable(),
});

export const topWorkflowSchema = z.object({
  traceId: z.string(),
  feature: z.string(),
  featureName: z.string(),
  steps: z.number(),
  costNano: nano,
  maxStepCostNano: nano,
  startTs: z.string(),
  durationMs: z.number(),
  errors: z.number(),
});

export const workflowsSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** multi-step traces that started in the range */
  workflows: z.number(),
  steps: z.number(),
  avgSteps: z.number().nullable(),
  costNano: nano,
  avgCostNano: nano.nullable(),
  /** mean over workflows (with a priced step) of the workflow's cost over its most expensive step */
  multiplierOverMaxStep: z.number().nullable(),
  /** average cost of a single call (an untraced event or a 1-step trace) in the range; null without any */
  singleCallCostNano: nano.nullable(),
  singleCalls: z.number(),
  /** avgCostNano / singleCallCostNano; null without single calls (or when they cost nothing) */
  multiplierOverSingleCall: z.number().nullable(),
  byFeature: z.array(workflowFeatureSchema),
  top: z.array(topWorkflowSchema),
});

export type Workflows = z.infer<typeof workflowsSchema>;
export type WorkflowFeature = z.infer<typeof workflowFeatureSchema>;
export type TopWorkflow = z.infer<typeof topWorkflowSchema>;

export const workflowStepSchema = z.object({
  eventId: z.string(),
  ts: z.string(),
  provider: z.string(),
  model: z.string(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  cachedInputTokens: z.number(),
  costNano: nano,
  latencyMs: z.number().nullable(),
  status: z.enum(["ok", "error"]),
  spanId: z.string().nullable(),
  parentSpanId: z.string().nullable(),
  /** 0 for a root span (or one whose parent is not in the trace), else its parent's depth + 1 */
  depth: z.number(),
});

export const workflowTraceSchema = z.object({
  traceId: z.string(),
  feature: z.string(),
  featureName: z.string(),
  startTs: z.string(),
  endTs: z.string(),
  costNano: nano,
  maxStepCostNano: nano,
  errors: z.number(),
  /** steps in the trace; `steps` lists the first `stepLimit` of them by time */
  totalSteps: z.number(),
  stepLimit: z.number(),
  truncated: z.boolean(),
  steps: z.array(workflowStepSchema),
});

export type WorkflowTrace = z.infer<typeof workflowTraceSchema>;
export type WorkflowStep = z.infer<typeof workflowStepSchema>;
