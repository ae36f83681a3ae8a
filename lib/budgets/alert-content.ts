// What a budget alert says: dedupe key, title, message and details. Pure, so the
// evaluator and its tests (and the demo seed, through the evaluator) agree.
import { formatMoney } from "@/lib/format/number";
import { DAY_MS, isoDay } from "@/lib/time/utc-days";
import { PERIOD_NOUN, type BudgetPeriod, type PeriodRange } from "@/lib/budgets/periods";
import type { NewAlert } from "@/lib/alerts/create";

export type AlertBudget = {
  id: string;
  name: string;
  scope: "team" | "feature";
  /** the team or feature key and display name */
  key: string | null;
  ownerName: string;
  period: BudgetPeriod;
  amountNano: bigint;
};
export type AlertFigures = { range: PeriodRange; spentNano: bigint; forecastNano: bigint; percentUsed: number; today: number };

const dedupe = (b: AlertBudget, r: PeriodRange, what: string) => `budget:${b.id}:${isoDay(r.start)}:${what}`;

function details(b: AlertBudget, f: AlertFigures, extra: Record<string, unknown>) {
  const lastDay = isoDay(Math.min(f.today, f.range.end - DAY_MS));
  const overview = b.key ? `/overview?${b.scope}=${encodeURIComponent(b.key)}&from=${isoDay(f.range.start)}&to=${lastDay}` : `/overview?from=${isoDay(f.range.start)}&to=${lastDay}`;
  return {
    budgetId: b.id, budgetName: b.name, scope: b.scope,
    ...(b.scope === "team" ? { team: b.key, teamName: b.ownerName } : { feature: b.key, featureName: b.ownerName }),
    period: b.period, periodStart: new Date(f.range.start).toISOString(), periodEnd: new Date(f.range.end).toISOString(),
    amountNano: b.amountNano.toString(), spentNano: f.spentNano.toString(), percentUsed: f.percentUsed, forecastNano: f.forecastNano.toString(),
    link: `/budgets#${b.id}`, overviewLink: overview,
    ...extra,
  };
}

/** "Customer Support spent $412.30 of $500.00 (82%) this month" for a reached threshold. */
export function thresholdAlert(b: AlertBudget, f: AlertFigures, threshold: number): NewAlert {
  return {
    kind: "budget_threshold",
    dedupeKey: dedupe(b, f.range, `t${threshold}`),
    budgetId: b.id,
    title: `${b.ownerName} budget ${threshold}% reached`,
    message: `${b.ownerName} spent ${formatMoney(f.spentNano)} of ${formatMoney(b.amountNano)} (${Math.floor(f.percentUsed)}%) this ${PERIOD_NOUN[b.period]}.`,
    details: details(b, f, { threshold }),
  };
}

/** "… projected to exceed by $X on DATE" when the forecast to the period's end is over the amount. */
export function forecastAlert(b: AlertBudget, f: AlertFigures, exceedsOn: number): NewAlert {
  const by = f.forecastNano - b.amountNano;
  const date = new Date(exceedsOn).toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
  return {
    kind: "budget_forecast",
    dedupeKey: dedupe(b, f.range, "forecast"),
    budgetId: b.id,
    title: `${b.ownerName} budget projected to be exceeded`,
    message: `${b.ownerName} has spent ${formatMoney(f.spentNano)} of ${formatMoney(b.amountNano)} this ${PERIOD_NOUN[b.period]} and is projected to exceed it by ${formatMoney(by)} on ${date} (forecast ${formatMoney(f.forecastNano)}).`,
    details: details(b, f, { exceedsOn: isoDay(exceedsOn), projectedOverNano: by.toString() }),
  };
}
