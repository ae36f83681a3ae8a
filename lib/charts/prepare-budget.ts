// A budget's period as chart series: cumulative actual spend to today, the budget
// as a flat line, and the forecast (cumulative, dashed) from the last complete day
// to the period's end, so the two lines join. USD numbers for the chart; the data
// table keeps formatted money. Pure.
import { nanoToUsd, toNano } from "@/lib/money";
import { niceTicks, type Ticks } from "@/lib/charts/ticks";
import { formatMoney } from "@/lib/format/number";
import { dayLabel } from "@/lib/charts/prepare-overview";
import { DAY_MS, isoDay } from "@/lib/time/utc-days";
import type { ChartTable } from "@/components/charts/chart-frame";

export type BudgetChartInput = {
  periodStart: string;
  periodEnd: string;
  amountNano: string;
  /** today's UTC day */
  today: string;
  /** spend per UTC day of the period to today (days without spend may be missing) */
  days: { day: string; nano: string }[];
  /** expected spend of today and each later day of the period */
  expected: { day: string; nano: string }[];
};
export type BudgetChartPoint = { day: string; label: string; actual: number | null; forecast: number | null; budget: number };
export type BudgetChart = { points: BudgetChartPoint[]; ticks: Ticks; table: ChartTable };

export function prepareBudgetChart(input: BudgetChartInput): BudgetChart {
  const spent = new Map(input.days.map((d) => [d.day, toNano(d.nano)]));
  const expected = new Map(input.expected.map((d) => [d.day, toNano(d.nano)]));
  const amount = toNano(input.amountNano);
  const points: BudgetChartPoint[] = [];
  const rows: (string | number)[][] = [];
  let actual = 0n;
  let forecast = 0n;
  const end = Date.parse(input.periodEnd);
  for (let t = Date.parse(input.periodStart); t < end; t += DAY_MS) {
    const day = isoDay(t);
    const past = day < input.today;
    if (day <= input.today) actual += spent.get(day) ?? 0n;
    // the forecast starts from what complete days spent, then adds each day's expected spend
    if (past) forecast = actual;
    else forecast += expected.get(day) ?? 0n;
    const isLastComplete = isoDay(t + DAY_MS) === input.today;
    points.push({
      day,
      label: dayLabel(day),
      actual: day <= input.today ? nanoToUsd(actual) : null,
      forecast: !past || isLastComplete ? nanoToUsd(forecast) : null,
      budget: nanoToUsd(amount),
    });
    rows.push([dayLabel(day), day <= input.today ? formatMoney(actual) : "", past ? "" : formatMoney(forecast)]);
  }
  const top = Math.max(nanoToUsd(amount), ...points.map((p) => Math.max(p.actual ?? 0, p.forecast ?? 0)));
  return { points, ticks: niceTicks(0, top), table: { columns: ["Day", "Spent to date", "Forecast to date"], rows } };
}
