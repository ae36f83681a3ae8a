// GET /api/v1/pnl/features/{key} response shape (issue 9, feature detail), and the
// monthly P&L row. Money: nano-USD decimal strings; timestamps ISO-8601 UTC.
import { z } from "zod";
import { scopedFiltersQuerySchema } from "@/lib/filters/schema";
import { pnlFeatureSchema } from "@/lib/pnl/schemas";
import { TIERS } from "@/lib/pricing/tiers";

const nano = z.string().regex(/^-?\d+$/);

export const monthlyPnlSchema = z.object({
  /** YYYY-MM */
  month: z.string(),
  /** the month's days inside the range, of `daysInMonth` (monthly amounts are prorated by them) */
  days: z.number(),
  daysInMonth: z.number(),
  requests: z.number(),
  revenueNano: nano,
  tokenCostNano: nano,
  otherCostNano: nano,
  cogsNano: nano,
  marginPct: z.number().nullable(),
});
export type MonthlyPnl = z.infer<typeof monthlyPnlSchema>;

export const SAMPLE_METHODS = ["latest", "sample"] as const;

/** Cost per request from raw events: a bounded sample, never the whole range at scale. */
export const costDistributionSchema = z.object({
  /**
   * latest: the newest `size` requests of the feature in the range (time windows read
   * backwards from the range's end); sample: a random sample of the range (used when
   * the events table is not stored in time order, so the newest cannot be read cheaply)
   */
  method: z.enum(SAMPLE_METHODS),
  size: z.number(),
  /** true when the sample is every request of the feature in the range */
  complete: z.boolean(),
  /** oldest and newest request of the sample */
  from: z.string().nullable(),
  to: z.string().nullable(),
  p50Nano: nano.nullable(),
  p90Nano: nano.nullable(),
  p99Nano: nano.nullable(),
  meanNano: nano.nullable(),
  maxNano: nano.nullable(),
  /** equal-width bins from the cheapest request to p99, then one bin above p99 */
  histogram: z.array(z.object({ fromNano: nano, toNano: nano, count: z.number(), aboveP99: z.boolean() })),
});
export type CostDistribution = z.infer<typeof costDistributionSchema>;

export const featureDetailSchema = z.object({
  feature: z.object({
    key: z.string(),
    name: z.string(),
    registered: z.boolean(),
    team: z.object({ key: z.string(), name: z.string() }).nullable(),
    revenueModel: z.enum(["monthly", "per_request", "per_user"]),
    /** per request or per active user per month, for derived revenue */
    unitPriceNano: nano.nullable(),
  }),
  range: z.object({ from: z.string(), to: z.string(), days: z.number(), prevFrom: z.string(), prevTo: z.string(), partialDay: z.string().nullable(), prorated: z.boolean() }),
  /** the feature's row of GET /api/v1/pnl for the range (zeros when it had no activity) */
  pnl: pnlFeatureSchema.omit({ key: true, name: true, team: true, revenueModel: true }),
  monthly: z.array(monthlyPnlSchema),
  daily: z.array(z.object({ day: z.string(), costNano: nano, requests: z.number() })),
  models: z.array(z.object({ provider: z.string(), model: z.string(), tier: z.enum(TIERS).nullable(), costNano: nano, requests: z.number() })),
  tiers: z.array(z.object({ tier: z.enum(TIERS).nullable(), costNano: nano, requests: z.number() })),
  costPerRequest: costDistributionSchema,
  /** the end users who cost most within the same sample as `costPerRequest` */
  topUsers: z.object({
    sampleSize: z.number(),
    /** requests of the sample without an end-user id */
    anonymousRequests: z.number(),
    users: z.array(z.object({ endUserId: z.string(), requests: z.number(), costNano: nano })),
  }),
  /** entered monthly revenue for the months of the range, newest first, each with its changes */
  revenue: z.array(
    z.object({
      month: z.string(),
      amountNano: nano,
      source: z.string(),
      updatedAt: z.string(),
      history: z.array(
        z.object({
          at: z.string(),
          /** the member's email, or null when an API key made the change */
          actorEmail: z.string().nullable(),
          apiKeyName: z.string().nullable(),
          via: z.string().nullable(),
          beforeNano: nano.nullable(),
          afterNano: nano.nullable(),
        }),
      ),
    }),
  ),
});
export type FeatureDetail = z.infer<typeof featureDetailSchema>;

/** The API's query: the range only (from and to, or a preset); team, feature and model filters do not apply to one feature. */
export const featureDetailQuerySchema = (now?: () => Date) =>
  scopedFiltersQuerySchema([], "only the range (range, or from and to) applies to one feature's detail", now);
