// Alert kinds and statuses: one definition for zod, SQL and UI.
import { z } from "zod";

export const ALERT_KINDS = ["budget_threshold", "budget_forecast", "anomaly", "user_spend"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_STATUSES = ["open", "acknowledged", "resolved"] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const alertStatusSchema = z.enum(ALERT_STATUSES);
