// Routing API shapes (issue 11; docs/design.md §5): GET /api/v1/routing, POST
// /api/v1/routing/simulate and PUT /api/v1/routing/reference-model. Money is
// nano-USD as decimal strings; shares are numbers in 0..1 (null when undefined).
import { z } from "zod";
import { checkFilterParams, filterParamsSchema, resolveFilters, scopedFiltersQuerySchema } from "@/lib/filters/schema";
import { percentToBps } from "@/lib/routing/maths";
import { TIERS } from "@/lib/pricing/tiers";

const nano = z.string().regex(/^-?\d+$/);
const share = z.number().nullable();
const mix = z.object({ small: z.number(), mid: z.number(), frontier: z.number() }).nullable();
const modelRef = z.object({ provider: z.string(), model: z.string() });

const figures = {
  requests: z.number(),
  coverage: share,
  tierMix: mix,
  savingsNano: nano,
  potentialSavingsNano: nano,
  /** requests that named a requested model, and the share served by a cheaper tier than asked for */
  routedRequests: z.number(),
  downgradeRate: share,
};

export const routingSchema = z.object({
  from: z.string(),
  to: z.string(),
  ...figures,
  /** requests of models with no tier (unpriced, unknown): outside the mix */
  untieredRequests: z.number(),
  costNano: nano,
  /** savings / (cost + savings): what routing cut off an all-reference bill */
  savingsRatio: share,
  referenceModel: modelRef.extend({ source: z.enum(["org", "most-used"]), inputPerMtokNano: nano, outputPerMtokNano: nano, cacheReadPerMtokNano: nano.nullable() }).nullable(),
  /** the cheaper model potential savings move excess frontier traffic to (the org's most-used mid-tier model) */
  potentialTarget: modelRef.extend({ tier: z.enum(TIERS) }).nullable(),
  byFeature: z.array(z.object({ key: z.string(), name: z.string(), team: z.string().nullable(), ...figures })),
  byTeam: z.array(z.object({ key: z.string(), name: z.string(), ...figures })),
  /** requests per UTC day and tier, for the tier mix over time */
  series: z.array(z.object({ day: z.string(), small: z.number(), mid: z.number(), frontier: z.number() })),
  /** frontier-tier models the org used in the range (choices for the reference model) */
  frontierModels: z.array(modelRef.extend({ requests: z.number() })),
});
export type Routing = z.infer<typeof routingSchema>;
export type RoutingFigures = Pick<Routing["byFeature"][number], keyof typeof figures>;

export const routingQuerySchema = (now?: () => Date) =>
  scopedFiltersQuerySchema(["team", "feature"], "routing figures can be narrowed by team and feature only (range, from, to, team, feature)", now);

const entityKey = z.string().min(1).max(200).regex(/^[^\p{C}]+$/u, { error: "must not contain control characters" });

/** One what-if scenario: move `sharePct` of the feature's frontier traffic to a model or to a tier's most-used model. */
export const scenarioSchema = z
  .object({
    feature: entityKey,
    sharePct: z.union([z.number(), z.string()]).transform((v, ctx) => {
      const bps = percentToBps(v);
      if (bps === null) ctx.addIssue({ code: "custom", message: "must be a percentage from 0 to 100 with at most 2 decimals" });
      return bps ?? 0;
    }),
    provider: entityKey.optional(),
    model: entityKey.optional(),
    tier: z.enum(["small", "mid"], { error: "must be small or mid (frontier traffic moves to a cheaper tier)" }).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if ((s.model === undefined) === (s.tier === undefined)) ctx.addIssue({ code: "custom", path: ["model"], message: "give either a target model (provider and model) or a tier" });
    if (s.model !== undefined && s.provider === undefined) ctx.addIssue({ code: "custom", path: ["provider"], message: "give the target model's provider" });
  });
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;

export const MAX_SCENARIOS = 6;

/** POST /api/v1/routing/simulate: the period (a preset or from/to, as in the URL filters; default 30 days) and the scenarios. */
export const simulateBodySchema = (now: () => Date = () => new Date()) =>
  z
    .object({
      range: filterParamsSchema.shape.range,
      from: filterParamsSchema.shape.from,
      to: filterParamsSchema.shape.to,
      scenarios: z.array(scenarioSchema).min(1, { error: "give at least one scenario" }).max(MAX_SCENARIOS, { error: `at most ${MAX_SCENARIOS} scenarios` }),
    })
    .strict()
    .transform((b, ctx) => {
      const p = { range: b.range, from: b.from, to: b.to };
      for (const issue of checkFilterParams(p, now())) ctx.addIssue({ code: "custom", path: [issue.param], message: issue.message });
      return { period: resolveFilters(p, now()), scenarios: b.scenarios };
    });
export type SimulateBody = z.output<ReturnType<typeof simulateBodySchema>>;

export const simulationSchema = z.object({
  from: z.string(),
  to: z.string(),
  periodDays: z.number(),
  scenarios: z.array(
    z.object({
      feature: z.string(),
      featureName: z.string(),
      sharePct: z.number(),
      target: modelRef.extend({ tier: z.enum(TIERS).nullable() }),
      frontierRequestsMonthly: z.number(),
      movedRequestsMonthly: z.number(),
      currentMonthlyNano: nano,
      projectedMonthlyNano: nano,
      savingsMonthlyNano: nano,
      savingsRatio: share,
    }),
  ),
});
export type Simulation = z.infer<typeof simulationSchema>;

/** PUT /api/v1/routing/reference-model: a frontier model, or null to use the most-used one. */
export const referenceModelBodySchema = z.object({ reference: modelRef.extend({ provider: entityKey, model: entityKey }).strict().nullable() }).strict();
