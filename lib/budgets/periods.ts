// Budget periods with UTC boundaries: ISO weeks (Monday 00:00 UTC), calendar
// months and calendar quarters. Pure; a period is [start, end): `end` is the next
// period's start, so a timestamp belongs to exactly one period.
import { DAY_MS, isoDay } from "@/lib/time/utc-days";

export const BUDGET_PERIODS = ["week", "month", "quarter"] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

/** [start, end) as epoch milliseconds at 00:00 UTC. */
export type PeriodRange = { start: number; end: number };

const MONTHS: Record<Exclude<BudgetPeriod, "week">, number> = { month: 1, quarter: 3 };

/** The period of kind `period` containing `now`. */
export function periodContaining(period: BudgetPeriod, now: Date | number): PeriodRange {
  const d = new Date(now);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (period === "week") {
    const midnight = Date.UTC(y, m, d.getUTCDate());
    const sinceMonday = (d.getUTCDay() + 6) % 7; // Sunday (0) is the week's 7th day
    const start = midnight - sinceMonday * DAY_MS;
    return { start, end: start + 7 * DAY_MS };
  }
  const span = MONTHS[period];
  const first = m - (m % span);
  return { start: Date.UTC(y, first, 1), end: Date.UTC(y, first + span, 1) };
}

/** The period right before `range` (of the same kind). */
export function previousPeriod(period: BudgetPeriod, range: PeriodRange): PeriodRange {
  return periodContaining(period, range.start - 1);
}

/** The `count` periods before the one containing `now`, most recent first. */
export function pastPeriods(period: BudgetPeriod, now: Date | number, count: number): PeriodRange[] {
  const out: PeriodRange[] = [];
  let r = periodContaining(period, now);
  for (let i = 0; i < count; i++) out.push((r = previousPeriod(period, r)));
  return out;
}

/** Whole UTC days in a period (7; 28–31; 90–92). */
export const periodDays = (r: PeriodRange): number => Math.round((r.end - r.start) / DAY_MS);

/** The period's first and last UTC day as `YYYY-MM-DD` (inclusive, for SQL over daily rollups). */
export const periodDayRange = (r: PeriodRange): { from: string; to: string } => ({ from: isoDay(r.start), to: isoDay(r.end - DAY_MS) });

/** "this week", "this month", "this quarter" for messages. */
export const PERIOD_NOUN: Record<BudgetPeriod, string> = { week: "week", month: "month", quarter: "quarter" };
