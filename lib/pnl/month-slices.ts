// A range of UTC days cut at month boundaries: the slices the monthly P&L runs the
// P&L over (each month prorated by `days / daysInMonth`).
import { DAY_MS, isoDay } from "@/lib/time/utc-days";

export type MonthSlice = { month: string; from: string; to: string; days: number; daysInMonth: number };

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

/** Every calendar month overlapping [from, to] (inclusive `YYYY-MM-DD` days), oldest first, with its part of the range. */
export function monthSlices(from: string, to: string): MonthSlice[] {
  const out: MonthSlice[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5, 7)) - 1; ; m++) {
    const first = Date.UTC(y, m, 1);
    const last = Date.UTC(y, m + 1, 0);
    if (first > day(to)) break;
    const lo = Math.max(first, day(from));
    const hi = Math.min(last, day(to));
    out.push({ month: isoDay(first).slice(0, 7), from: isoDay(lo), to: isoDay(hi), days: Math.round((hi - lo) / DAY_MS) + 1, daysInMonth: Math.round((last - first) / DAY_MS) + 1 });
  }
  return out;
}
