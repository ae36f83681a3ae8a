// Evaluate one org's alert rules: budget thresholds and forecasts, per-end-user
// spend windows, spend anomalies. Idempotent: every alert has a dedupe key unique
// per org, so running twice, replaying or restarting never raises one twice.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { evaluateUserSpendRules } from "@/lib/alerts/user-spend";
import { evaluateAnomalies } from "@/lib/alerts/anomalies";
import { evaluateBudgetAlerts } from "@/lib/budgets/alerts";

const HOUR_MS = 3_600_000;
// Anomalies are judged on complete hours and days: this process re-runs the
// detector for an org only when another hour has completed (a restart runs it
// again, harmlessly: raising is idempotent and a spike alerts once).
const anomaliesCheckedFor = new Map<string, number>();

/** Orgs with something to watch: budgets, end-user rules, or events in the last 8 weeks (anomalies). */
export async function orgsToSweep(now = new Date()): Promise<string[]> {
  const rows = await sqlRows<{ org_id: string }>(
    getPool(),
    `SELECT org_id FROM budgets UNION SELECT org_id FROM alert_rules WHERE enabled
     UNION SELECT DISTINCT org_id FROM daily_rollups WHERE day >= ($1::timestamptz AT TIME ZONE 'UTC')::date - 56`,
    [now],
  );
  return rows.map((r) => r.org_id);
}

/** Raise whatever is due for `orgId` at `now`; returns the ids of newly raised alerts. */
export async function evaluateOrgAlerts(orgId: string, now = new Date()): Promise<string[]> {
  const raised: string[] = [];
  raised.push(...(await evaluateBudgetAlerts(orgId, now)));
  raised.push(...(await evaluateUserSpendRules(orgId, now)));
  const hour = Math.floor(now.getTime() / HOUR_MS);
  if (anomaliesCheckedFor.get(orgId) !== hour) {
    raised.push(...(await evaluateAnomalies(orgId, now)));
    anomaliesCheckedFor.set(orgId, hour);
  }
  return raised;
}
