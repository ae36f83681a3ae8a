// Forecast of spend to the end of a period from the recent daily run rate
// (docs/design.md §6: "forecast to period end from the recent daily run rate").
// Pure: money is integer nano-USD; days are UTC days.

/** Complete days the run rate is averaged over. */
export const RUN_RATE_DAYS = 7;

export type RunRateInput = {
  /** spend in the period's complete days so far (before today) */
  spentNano: bigint;
  /** spend so far today (incomplete) */
  todayNano: bigint;
  /** spend over the last RUN_RATE_DAYS complete days (they may reach back before the period) */
  recentNano: bigint;
  /** days of the period before today */
  daysElapsed: number;
  /** days in the whole period, today included */
  daysInPeriod: number;
};

/** Average spend per complete day over the run-rate window, rounded down to the nano. */
export function dailyRunRate(recentNano: bigint, days = RUN_RATE_DAYS): bigint {
  return days > 0 ? recentNano / BigInt(days) : 0n;
}

/**
 * Spend at the end of the period: what is spent, plus today at the run rate (or
 * what today already spent, when more), plus the run rate for each day after today.
 */
export function forecastPeriodEnd(p: RunRateInput): { forecastNano: bigint; runRateNano: bigint } {
  const rate = dailyRunRate(p.recentNano);
  const daysAfterToday = BigInt(Math.max(0, p.daysInPeriod - p.daysElapsed - 1));
  const today = p.todayNano > rate ? p.todayNano : rate;
  return { forecastNano: p.spentNano + today + rate * daysAfterToday, runRateNano: rate };
}
