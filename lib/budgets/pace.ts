// A budget's weekly pace: its amount prorated to seven days of its current period
// (a monthly $3,100 in a 31-day month paces at $700 a week). A team with several
// budgets paces at the tightest. Pure, integer nano-USD.
import { periodDays, type PeriodRange } from "@/lib/budgets/periods";

export function weeklyPaceNano(amountNano: bigint, range: PeriodRange): bigint {
  return (amountNano * 7n) / BigInt(periodDays(range));
}

/** The tightest weekly pace of a team's budgets, or null when it has none. */
export function tightestPace(budgets: { amountNano: bigint; range: PeriodRange }[]): bigint | null {
  let min: bigint | null = null;
  for (const b of budgets) {
    const p = weeklyPaceNano(b.amountNano, b.range);
    if (min === null || p < min) min = p;
  }
  return min;
}
