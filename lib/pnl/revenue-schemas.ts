// POST /api/v1/revenue shapes: monthly revenue per feature, one item per feature × month.
import { z } from "zod";
import { usdToNano } from "@/lib/money";

export const MAX_REVENUE_ITEMS = 1000;
/** $1B per feature-month: far inside int8 nano-USD, far beyond any feature. */
export const MAX_MONTHLY_REVENUE_USD = 1_000_000_000;
const USD = /^\d+(\.\d{1,9})?$/;

export const revenueItemSchema = z.strictObject(
  {
    feature: z.string({ error: "must be a feature key" }).min(1, { error: "must be a feature key" }).max(100, { error: "must be at most 100 characters" }),
    month: z
      .string({ error: "must be a month such as 2026-11" })
      .regex(/^(20\d\d)-(0[1-9]|1[0-2])$/, { error: "must be a month such as 2026-11 (2000–2099)" }),
    revenueUsd: z
      .string({ error: 'must be a USD amount as a string, e.g. "12000.00"' })
      .trim()
      .regex(USD, { error: 'must be a USD amount as a string, e.g. "12000.00" (up to 9 decimals, not negative)' })
      .refine((v) => !USD.test(v) || usdToNano(v) <= usdToNano(String(MAX_MONTHLY_REVENUE_USD)), { error: `must be at most ${MAX_MONTHLY_REVENUE_USD.toLocaleString("en-US")}` }),
  },
  { error: "must be an object { feature, month, revenueUsd }" },
);
export type RevenueItem = z.infer<typeof revenueItemSchema>;

export const revenueBodySchema = z.object({
  items: z.array(z.unknown(), { error: 'the body must be { "items": [ … ] }' }).max(MAX_REVENUE_ITEMS, { error: `at most ${MAX_REVENUE_ITEMS} items per request` }),
});

export type RevenueResult =
  | { index: number; feature: string | null; month: string | null; status: "stored" }
  | { index: number; feature: string | null; month: string | null; status: "rejected"; error: { code: string; field?: string; message: string } };

export const revenueResponseSchema = z.object({
  stored: z.number(),
  rejected: z.number(),
  results: z.array(
    z.object({
      index: z.number(),
      feature: z.string().nullable(),
      month: z.string().nullable(),
      status: z.enum(["stored", "rejected"]),
      error: z.object({ code: z.string(), field: z.string().optional(), message: z.string() }).optional(),
    }),
  ),
});
export type RevenueResponse = z.infer<typeof revenueResponseSchema>;
