// Forecast of spend to a period's end from the recent daily run rate with weekday
// seasonality: each remaining day is expected to cost what that weekday cost on
// average over the last four weeks (weekends are often quieter than weekdays).
// With less than two weeks of history a weekday average rests on one sample, so
// every day falls back to the plain 7-day run rate (lib/forecast/run-rate.ts).
// Pure: money is integer nano-USD; days are UTC days (epoch ms of 00:00 UTC).
import { dailyRunRate, RUN_RATE_DAYS } from "@/lib/forecast/run-rate";
import { DAY_MS } from "@/lib/time/utc-days";

/** Complete days the weekday averages look back over (four of each weekday). */
export const SEASONAL_WINDOW_DAYS = 28;
/** Fewer complete days of history than this: the plain run rate instead. */
export const SEASONAL_MIN_HISTORY_DAYS = 14;

export type SeasonalInput = {
  /** 00:00 UTC of today */
  today: number;
  /** 00:00 UTC of the day after the period's last day (the period's end) */
  periodEnd: number;
  /** spend in the period so far, today included */
  spentNano: bigint;
  /** spend so far today (incomplete) */
  todayNano: bigint;
  /** spend per complete day before today (missing days spent nothing), over at least the last SEASONAL_WINDOW_DAYS days */
  dailyNano: ReadonlyMap<number, bigint>;
  /** complete days before today for which there is history (e.g. since the first spend); caps the window */
  historyDays: number;
  /** when given, the day on which cumulative spend is projected to exceed it */
  amountNano?: bigint;
};

export type SeasonalForecast = {
  forecastNano: bigint;
  /** expected spend of today (at least what today already spent) and each later day of the period */
  expected: { day: number; nano: bigint }[];
  /** first day whose projected cumulative spend exceeds `amountNano`; null when none (or already exceeded before today) */
  exceedsOn: number | null;
  seasonal: boolean;
};

const weekday = (day: number) => new Date(day).getUTCDay();

/** Expected spend per weekday (0 = Sunday): the weekday averages, or the plain run rate for every weekday. */
export function weekdayRates(today: number, dailyNano: ReadonlyMap<number, bigint>, historyDays: number): { rates: bigint[]; seasonal: boolean } {
  const window = Math.min(SEASONAL_WINDOW_DAYS, Math.max(0, Math.floor(historyDays)));
  if (window < SEASONAL_MIN_HISTORY_DAYS) {
    let recent = 0n;
    for (let i = 1; i <= RUN_RATE_DAYS; i++) recent += dailyNano.get(today - i * DAY_MS) ?? 0n;
    return { rates: new Array<bigint>(7).fill(dailyRunRate(recent)), seasonal: false };
  }
  const sums = new Array<bigint>(7).fill(0n);
  const counts = new Array<number>(7).fill(0);
  for (let i = 1; i <= window; i++) {
    const day = today - i * DAY_MS;
    sums[weekday(day)] += dailyNano.get(day) ?? 0n;
    counts[weekday(day)]++;
  }
  return { rates: sums.map((s, w) => (counts[w] ? s / BigInt(counts[w]) : 0n)), seasonal: true };
}

/** Spend at the period's end: what is spent, plus the rest of today and each later day at its weekday's expected spend. */
export function forecastSeasonal(p: SeasonalInput): SeasonalForecast {
  const { rates, seasonal } = weekdayRates(p.today, p.dailyNano, p.historyDays);
  const expected: { day: number; nano: bigint }[] = [];
  let total = p.spentNano - p.todayNano;
  let exceedsOn: number | null = null;
  const over = (v: bigint) => p.amountNano !== undefined && v > p.amountNano;
  const alreadyOver = over(total);
  for (let day = p.today; day < p.periodEnd; day += DAY_MS) {
    const rate = rates[weekday(day)];
    const nano = day === p.today && p.todayNano > rate ? p.todayNano : rate;
    expected.push({ day, nano });
    total += nano;
    if (exceedsOn === null && !alreadyOver && over(total)) exceedsOn = day;
  }
  return { forecastNano: total, expected, exceedsOn, seasonal };
}
