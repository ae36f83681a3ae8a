// GET /api/v1/pnl response shape (the contract of issue 9). Money: nano-USD decimal strings.
import { z } from "zod";
import { scopedFiltersQuerySchema } from "@/lib/filters/schema";
import { PNL_STATUSES, REVENUE_MODELS } from "@/lib/pnl/maths";

const nano = z.string().regex(/^-?\d+$/);
const projection = z.object({ x10: z.object({ marginPct: z.number().nullable() }), x100: z.object({ marginPct: z.number().nullable() }) });

const figures = {
  requests: z.number(),
  activeUsers: z.number(),
  tokenCostNano: nano,
  otherCostNano: nano,
  cogsNano: nano,
  revenueNano: nano,
  marginPct: z.number().nullable(),
  prevMarginPct: z.number().nullable(),
  costPerRequestNano: nano.nullable(),
  costPerUserNano: nano.nullable(),
  status: z.enum(PNL_STATUSES),
  projection,
};

export const pnlFeatureSchema = z.object({ key: z.string(), name: z.string(), team: z.string().nullable(), revenueModel: z.enum(REVENUE_MODELS), ...figures });

export const pnlSchema = z.object({
  range: z.object({ from: z.string(), to: z.string(), days: z.number(), prevFrom: z.string(), prevTo: z.string(), prorated: z.boolean() }),
  features: z.array(pnlFeatureSchema),
  totals: z.object(figures),
});
export type Pnl = z.infer<typeof pnlSchema>;
export type PnlFeature = z.infer<typeof pnlFeatureSchema>;

/** GET /api/v1/pnl (and its CSV export): the range and optionally one team. */
export const pnlQuerySchema = (now?: () => Date) =>
  scopedFiltersQuerySchema(["team"], "the P&L lists every feature of the org or of one team: only range, from, to and team apply", now);
