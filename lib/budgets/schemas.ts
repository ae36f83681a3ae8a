// Budget request and response shapes (the API contract of the budgets issue).
// Money leaves as decimal strings of nano-USD (`…Nano`) and arrives as USD strings
// (`amountUsd`). Client-safe: the budget form validates with the same schema.
import { z } from "zod";
import { usdAmountSchema } from "@/lib/validation/usd-amount";
import { BUDGET_PERIODS } from "@/lib/budgets/periods";
import { isStorableText, STORABLE_MESSAGE } from "@/lib/validation/storable-text";

export const BUDGET_SCOPES = ["team", "feature"] as const;
export type BudgetScope = (typeof BUDGET_SCOPES)[number];
export const DEFAULT_THRESHOLDS = [50, 80, 100] as const;
export const MAX_THRESHOLDS = 10;
/** $1B per period: far inside int8 nano-USD. */
export const MAX_BUDGET_USD = 1_000_000_000;

const key = (what: string) =>
  z.string({ error: `must be a ${what} key` }).trim().min(1, { error: `must be a ${what} key` }).max(100, { error: "must be at most 100 characters" }).refine(isStorableText, { error: STORABLE_MESSAGE });

export const amountUsdSchema = usdAmountSchema({ example: "500.00", max: MAX_BUDGET_USD, positive: true });

export const thresholdsSchema = z
  .array(z.int({ error: "each threshold must be a whole percentage from 1 to 1000" }).min(1, { error: "each threshold must be from 1 to 1000" }).max(1000, { error: "each threshold must be from 1 to 1000" }), {
    error: "must be a list of percentages, e.g. [50, 80, 100]",
  })
  .max(MAX_THRESHOLDS, { error: `must have at most ${MAX_THRESHOLDS} thresholds` })
  .refine((t) => new Set(t).size === t.length, { error: "must not repeat a threshold" })
  .transform((t) => [...t].sort((a, b) => a - b));

const fields = {
  name: z.string().trim().min(1, { error: "must not be empty" }).max(100, { error: "must be at most 100 characters" }).refine(isStorableText, { error: STORABLE_MESSAGE }).optional(),
  period: z.enum(BUDGET_PERIODS, { error: `must be one of ${BUDGET_PERIODS.join(", ")}` }),
  amountUsd: amountUsdSchema,
  thresholds: thresholdsSchema.default([...DEFAULT_THRESHOLDS]),
  hard: z.boolean({ error: "must be true or false" }).default(false),
};

/** POST /api/v1/budgets: `{"scope":"team","team":"support","period":"month","amountUsd":"500.00","thresholds":[50,80,100],"hard":false}`. */
export const createBudgetSchema = z.discriminatedUnion(
  "scope",
  [z.strictObject({ scope: z.literal("team"), team: key("team"), ...fields }), z.strictObject({ scope: z.literal("feature"), feature: key("feature"), ...fields })],
  { error: 'scope must be "team" (with "team") or "feature" (with "feature")' },
);
export type CreateBudget = z.infer<typeof createBudgetSchema>;
export type CreateBudgetInput = z.input<typeof createBudgetSchema>;

/** PATCH /api/v1/budgets/{id}: any of the create fields; the result must again be a whole valid budget. */
export const updateBudgetSchema = z.strictObject({
  scope: z.enum(BUDGET_SCOPES, { error: 'must be "team" or "feature"' }).optional(),
  team: key("team").optional(),
  feature: key("feature").optional(),
  name: fields.name,
  period: fields.period.optional(),
  amountUsd: amountUsdSchema.optional(),
  thresholds: thresholdsSchema.optional(),
  hard: fields.hard.unwrap().optional(),
});
export type UpdateBudget = z.infer<typeof updateBudgetSchema>;

const nano = z.string().regex(/^-?\d+$/);
const isoTime = z.iso.datetime();

/** One budget in GET /api/v1/budgets/status. */
export const budgetStatusItemSchema = z.object({
  id: z.string(),
  period: z.enum(BUDGET_PERIODS),
  periodStart: isoTime,
  /** exclusive: the next period's start */
  periodEnd: isoTime,
  amountNano: nano,
  spentNano: nano,
  /** what is left, never below 0 */
  remainingNano: nano,
  /** spent as a percentage of the amount, one decimal, rounded down (so 100 means exhausted) */
  percentUsed: z.number(),
  hard: z.boolean(),
  forecastNano: nano,
});
export type BudgetStatusItem = z.infer<typeof budgetStatusItemSchema>;

/** GET /api/v1/budgets/status?team=… or ?feature=… */
export const budgetStatusSchema = z.object({ allowed: z.boolean(), budgets: z.array(budgetStatusItemSchema) });
export type BudgetStatusResponse = z.infer<typeof budgetStatusSchema>;

export const statusQuerySchema = z
  .object({ team: key("team").optional(), feature: key("feature").optional() })
  .refine((q) => (q.team === undefined) !== (q.feature === undefined), { error: "give exactly one of ?team=<key> or ?feature=<key>" });

export const BUDGET_STATES = ["on_track", "at_risk", "over"] as const;
export type BudgetState = (typeof BUDGET_STATES)[number];

export const pastPeriodSchema = z.object({ periodStart: isoTime, periodEnd: isoTime, spentNano: nano, percentUsed: z.number() });

/** One budget in GET /api/v1/budgets (and the answer of POST/PATCH). */
export const budgetViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.enum(BUDGET_SCOPES),
  team: z.string().nullable(),
  feature: z.string().nullable(),
  /** the team or feature's display name */
  ownerName: z.string(),
  /** the team that owns the money: the team itself, or the feature's owning team */
  ownerTeam: z.string().nullable(),
  period: z.enum(BUDGET_PERIODS),
  amountUsd: z.string(),
  amountNano: nano,
  thresholds: z.array(z.number()),
  hard: z.boolean(),
  createdAt: isoTime,
  current: budgetStatusItemSchema.omit({ id: true, period: true, hard: true, amountNano: true }).extend({
    state: z.enum(BUDGET_STATES),
    /** UTC day on which spend is projected to exceed the amount (null: not projected to, or already over) */
    exceedsOn: z.iso.date().nullable(),
  }),
  /** most recent first */
  pastPeriods: z.array(pastPeriodSchema),
});
export type BudgetView = z.infer<typeof budgetViewSchema>;
export const budgetListSchema = z.object({ budgets: z.array(budgetViewSchema) });
