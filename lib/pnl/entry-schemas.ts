// Shapes of the P&L inputs: POST /api/v1/revenue (monthly revenue per feature, one
// item per feature × month) and POST /api/v1/costs (other monthly AI costs per
// feature, one item per feature × month × category). Client-safe: the CSV import
// validates its preview with these same schemas.
import { z } from "zod";
import { usdToNano } from "@/lib/money";
import { USD_AMOUNT, usdAmountSchema } from "@/lib/validation/usd-amount";
import { REVENUE_MODELS } from "@/lib/pnl/maths";
import { isStorableText, STORABLE_MESSAGE } from "@/lib/validation/storable-text";

export const MAX_ENTRY_ITEMS = 1000;
/** $1B per feature-month: far inside int8 nano-USD, far beyond any feature. */
export const MAX_MONTHLY_AMOUNT_USD = 1_000_000_000;

/** Other AI costs besides tokens ("compute, tokens and storage"). */
export const COST_CATEGORIES = ["gpu", "vector_db", "storage", "other"] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];
export const COST_CATEGORY_LABELS: Record<CostCategory, string> = { gpu: "GPU / compute", vector_db: "Vector database", storage: "Storage", other: "Other" };

const feature = z
  .string({ error: "must be a feature key" })
  .min(1, { error: "must be a feature key" })
  .max(100, { error: "must be at most 100 characters" })
  .refine(isStorableText, { error: STORABLE_MESSAGE });
const month = z.string({ error: "must be a month such as 2026-11" }).regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, { error: "must be a month such as 2026-11 (2000–2099)" });
const usd = usdAmountSchema({ example: "12000.00", max: MAX_MONTHLY_AMOUNT_USD });

export const revenueItemSchema = z.strictObject({ feature, month, revenueUsd: usd }, { error: "must be an object { feature, month, revenueUsd }" });
export type RevenueItem = z.infer<typeof revenueItemSchema>;

export const costItemSchema = z.strictObject(
  {
    feature,
    month,
    category: z.enum(COST_CATEGORIES, { error: `must be one of ${COST_CATEGORIES.join(", ")}` }),
    amountUsd: usd,
    note: z.string({ error: "must be text" }).trim().max(200, { error: "must be at most 200 characters" }).refine(isStorableText, { error: STORABLE_MESSAGE }).optional(),
  },
  { error: "must be an object { feature, month, category, amountUsd, note? }" },
);
export type CostItem = z.infer<typeof costItemSchema>;

export const entriesBodySchema = z.strictObject({
  items: z.array(z.unknown(), { error: 'the body must be { "items": [ … ] }' }).max(MAX_ENTRY_ITEMS, { error: `at most ${MAX_ENTRY_ITEMS} items per request` }),
});

const result = z.object({
  index: z.number(),
  feature: z.string().nullable(),
  month: z.string().nullable(),
  status: z.enum(["stored", "rejected"]),
  error: z.object({ code: z.string(), field: z.string().optional(), message: z.string() }).optional(),
});
export type EntryResult = z.infer<typeof result> & { category?: string | null };

export const revenueResponseSchema = z.object({ stored: z.number(), rejected: z.number(), results: z.array(result) });
export type RevenueResponse = z.infer<typeof revenueResponseSchema>;
export const costsResponseSchema = z.object({ stored: z.number(), rejected: z.number(), results: z.array(result.extend({ category: z.string().nullable() })) });
export type CostsResponse = z.infer<typeof costsResponseSchema>;

/** PUT /api/v1/features/{id}/revenue-model: how the feature earns; a derived model needs its unit price. */
export const MAX_UNIT_PRICE_USD = { per_request: 1_000, per_user: 100_000 } as const;
export const revenueModelBodySchema = z
  .strictObject({
    revenueModel: z.enum(REVENUE_MODELS, { error: `must be one of ${REVENUE_MODELS.join(", ")}` }),
    unitPriceUsd: usd.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.revenueModel === "monthly") {
      if (v.unitPriceUsd !== undefined) ctx.addIssue({ code: "custom", path: ["unitPriceUsd"], message: "a monthly revenue model has no unit price" });
      return;
    }
    if (v.unitPriceUsd === undefined || !USD_AMOUNT.test(v.unitPriceUsd)) {
      if (v.unitPriceUsd === undefined) ctx.addIssue({ code: "custom", path: ["unitPriceUsd"], message: `needed: the price per ${v.revenueModel === "per_request" ? "request" : "active user per month"}` });
      return;
    }
    const max = MAX_UNIT_PRICE_USD[v.revenueModel];
    if (usdToNano(v.unitPriceUsd) > usdToNano(String(max))) ctx.addIssue({ code: "custom", path: ["unitPriceUsd"], message: `must be at most ${max.toLocaleString("en-US")}` });
  });
export type RevenueModelBody = z.infer<typeof revenueModelBodySchema>;
