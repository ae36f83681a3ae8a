// Budget alert rules: each threshold fires once per budget period (all reached ones
// at once when one batch crosses several), and a forecast breach (projected to end
// the period over the amount while still under it) fires once per period. Raised
// through raiseAlerts, whose dedupe keys (budget, period start, threshold) make a
// second evaluation, a replayed batch or a restart raise nothing new.
import "server-only";
import type pg from "pg";
import { raiseAlerts, type NewAlert } from "@/lib/alerts/create";
import { utcMidnight } from "@/lib/time/utc-days";
import { budgetFigures, percentUsed } from "@/lib/budgets/spend";
import { loadBudgetRows } from "@/lib/budgets/rows";
import { forecastAlert, thresholdAlert } from "@/lib/budgets/alert-content";

/** Evaluate every budget of the org at `now`; returns the ids of newly raised alerts. */
export async function evaluateBudgetAlerts(orgId: string, now = new Date(), client?: pg.PoolClient): Promise<string[]> {
  const rows = await loadBudgetRows(orgId, "TRUE", [], client);
  const figures = await budgetFigures(orgId, rows, now, { db: client });
  const alerts: NewAlert[] = [];
  for (const b of rows) {
    const f = figures.get(b.id)!;
    const budget = { id: b.id, name: b.name, scope: b.scope, key: b.scope === "team" ? b.teamKey : b.featureKey, ownerName: b.ownerName, period: b.period, amountNano: b.amountNano };
    const fig = { range: f.range, spentNano: f.spentNano, forecastNano: f.forecast.forecastNano, percentUsed: percentUsed(f.spentNano, b.amountNano), today: utcMidnight(now) };
    for (const t of b.thresholds) {
      // spent ≥ amount × t / 100, in integers
      if (f.spentNano * 100n >= b.amountNano * BigInt(t)) alerts.push(thresholdAlert(budget, fig, t));
    }
    if (f.spentNano < b.amountNano && f.forecast.forecastNano > b.amountNano && f.forecast.exceedsOn !== null) alerts.push(forecastAlert(budget, fig, f.forecast.exceedsOn));
  }
  return raiseAlerts(orgId, alerts, client);
}
