// Alert kinds and statuses: one definition for zod, SQL and UI.
import { z } from "zod";
import { usdAmountSchema } from "@/lib/validation/usd-amount";

export const ALERT_KINDS = ["budget_threshold", "budget_forecast", "anomaly", "user_spend"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_STATUSES = ["open", "acknowledged", "resolved"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const alertStatusSchema = z.enum(ALERT_STATUSES);

/** GET /api/v1/alerts query: one status (or all), one kind (or all), newest first, paged by `before` (an ISO time). */
export const listAlertsQuerySchema = z.object({
  status: alertStatusSchema.optional(),
  kind: z.enum(ALERT_KINDS).optional(),
  before: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListAlertsQuery = z.infer<typeof listAlertsQuerySchema>;

/** PATCH /api/v1/alerts/{id} body. */
export const updateAlertSchema = z.object({ status: alertStatusSchema }).strict();

const personSchema = z.object({ id: z.string(), name: z.string() }).nullable();

export const alertViewSchema = z.object({
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  status: alertStatusSchema,
  title: z.string(),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
  budgetId: z.string().nullable(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: personSchema,
  resolvedAt: z.string().nullable(),
  resolvedBy: personSchema,
});
export type AlertView = z.infer<typeof alertViewSchema>;

export const alertListSchema = z.object({
  alerts: z.array(alertViewSchema),
  counts: z.object({ open: z.number(), acknowledged: z.number(), resolved: z.number() }),
  /** pass as `before` for the next page; null on the last */
  nextBefore: z.string().nullable(),
});
export type AlertList = z.infer<typeof alertListSchema>;

/** Which status changes the inbox allows (a resolved alert can be reopened). */
export const ALERT_TRANSITIONS: Record<AlertStatus, readonly AlertStatus[]> = {
  open: ["acknowledged", "resolved"],
  acknowledged: ["open", "resolved"],
  resolved: ["open"],
};

/** $1M per end user per window: far inside int8 nano-USD. */
const MAX_RULE_USD = 1_000_000;

/** POST /api/v1/alert-rules: "any end user above $X in the last N hours" for one feature, or the org when `feature` is null. */
export const createAlertRuleSchema = z.strictObject({
  feature: z.string().min(1).max(100).nullable().default(null),
  thresholdUsd: usdAmountSchema({ example: "5.00", max: MAX_RULE_USD, positive: true }),
  windowHours: z.number({ error: "must be a whole number of hours" }).int().min(1, { error: "must be 1 to 168 hours" }).max(168, { error: "must be 1 to 168 hours" }),
});
export type CreateAlertRule = z.infer<typeof createAlertRuleSchema>;

export const alertRuleViewSchema = z.object({
  id: z.string(),
  feature: z.object({ key: z.string(), name: z.string() }).nullable(),
  thresholdNano: z.string(),
  windowHours: z.number(),
  enabled: z.boolean(),
  createdAt: z.string(),
});
export type AlertRuleView = z.infer<typeof alertRuleViewSchema>;
