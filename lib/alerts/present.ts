// How the inbox labels alerts (client-safe): kinds, statuses, the UTC time stamp.
import type { AlertKind, AlertStatus } from "@/lib/alerts/schemas";

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  budget_threshold: "Budget threshold",
  budget_forecast: "Budget forecast",
  anomaly: "Spend anomaly",
  user_spend: "End-user spend",
};

export const ALERT_STATUS_LABELS: Record<AlertStatus, string> = { open: "Open", acknowledged: "Acknowledged", resolved: "Resolved" };

export const ALERT_KIND_STYLES: Record<AlertKind, string> = {
  budget_threshold: "bg-amber-100 text-amber-900",
  budget_forecast: "bg-sky-100 text-sky-900",
  anomaly: "bg-rose-100 text-rose-900",
  user_spend: "bg-violet-100 text-violet-900",
};

/** "Dec 4, 14:05 UTC": alerts are stamped in UTC like every day in Costwise. */
export function formatAlertTime(iso: string): string {
  const d = new Date(iso);
  const day = d.toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
  return `${day}, ${d.toISOString().slice(11, 16)} UTC`;
}

/** The in-app link that explains an alert, if its details carry one (only same-app paths). */
export function alertLink(details: Record<string, unknown>): string | null {
  const link = details.link;
  return typeof link === "string" && link.startsWith("/") && !link.startsWith("//") ? link : null;
}
