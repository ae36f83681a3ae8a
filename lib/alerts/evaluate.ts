// Evaluate one org's alert rules: budget thresholds and forecasts, per-end-user
// spend windows, spend anomalies. Idempotent: every alert has a dedupe key unique
// per org, so running twice, replaying or restarting never raises one twice.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { evaluateUserSpendRules } from "@/lib/alerts/user-spend";
import { evaluateAnomalies } from "@/lib/alerts/anomalies";
import { evaluateBudgetAlerts } from "@/lib/budgets/alerts";
import { LruCache } from "@/lib/cache/lru";

const HOUR_MS = 3_600_000;
// Anomalies are judged on complete hours and days: this process re-runs the
// detector for an org only when another hour has completed (a restart runs it
// again, harmlessly: raising is idempotent and a spike alerts once).
const anomaliesCheckedFor = new LruCache<string, number>(10_000);

/** Orgs with something to watch: budgets, end-user rules, or events in the last 8 weeks (anomalies). */
export async function orgsToSweep(now = new Date()): Promise<string[]> {
  const rows = await sqlRows<{ org_id: string }>(
    getPool(),
    // per org, an index probe of daily_rollups' primary key (org_id, day, …), not a scan of every org's rollups
    `SELECT o.id AS org_id FROM orgs o
      WHERE EXISTS (SELECT 1 FROM budgets b WHERE b.org_id = o.id)
         OR EXISTS (SELECT 1 FROM alert_rules r WHERE r.org_id = o.id AND r.enabled)
         OR EXISTS (SELECT 1 FROM daily_rollups d WHERE d.org_id = o.id AND d.day >= ($1::timestamptz AT TIME ZONE 'UTC')::date - 56)`,
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
