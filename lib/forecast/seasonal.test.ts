import { describe, expect, it } from "vitest";
import { forecastSeasonal, weekdayRates } from "@/lib/forecast/seasonal";
import { DAY_MS } from "@/lib/time/utc-days";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const USD = 1_000_000_000n;

/** `n` complete days before `today`: weekdays cost `weekdayUsd`, weekends `weekendUsd`. */
function history(today: number, n: number, weekdayUsd: bigint, weekendUsd: bigint): Map<number, bigint> {
  const m = new Map<number, bigint>();
  for (let i = 1; i <= n; i++) {
    const d = today - i * DAY_MS;
    const w = new Date(d).getUTCDay();
    m.set(d, (w === 0 || w === 6 ? weekendUsd : weekdayUsd) * USD);
  }
  return m;
}

describe("weekdayRates", () => {
  it("averages each weekday over the last four weeks", () => {
    const today = day("2026-11-26"); // a Thursday
    const { rates, seasonal } = weekdayRates(today, history(today, 28, 10n, 2n), 28);
    expect(seasonal).toBe(true);
    expect(rates).toEqual([2n * USD, 10n * USD, 10n * USD, 10n * USD, 10n * USD, 10n * USD, 2n * USD]);
  });

  it("falls back to the plain 7-day run rate with under two weeks of history", () => {
    const today = day("2026-11-26");
    // 13 days: last 7 days = 5 weekdays × $10 + 2 weekend days × $2 = $54 → $54/7, rounded down to the nano
    const { rates, seasonal } = weekdayRates(today, history(today, 13, 10n, 2n), 13);
    expect(seasonal).toBe(false);
    expect(new Set(rates)).toEqual(new Set([(54n * USD) / 7n]));
  });

  it("counts days without spend in the window as zero", () => {
    const today = day("2026-11-26");
    const daily = new Map([[today - 7 * DAY_MS, 8n * USD]]); // one Thursday, 14 days of history: 2 Thursdays
    expect(weekdayRates(today, daily, 14).rates[4]).toBe(4n * USD);
  });
});

describe("forecastSeasonal", () => {
  it("adds the rest of today and each later day at its weekday rate, and finds the day it crosses the amount", () => {
    const today = day("2026-11-26"); // Thursday; November ends Monday the 30th
    const f = forecastSeasonal({
      today, periodEnd: day("2026-12-01"), spentNano: 200n * USD, todayNano: 4n * USD,
      dailyNano: history(today, 28, 10n, 2n), historyDays: 40, amountNano: 225n * USD,
    });
    // complete days $196; Thu $10, Fri $10, Sat $2, Sun $2, Mon $10 → $230; cumulative 206, 216, 218, 220, 230 > 225 on Monday
    expect(f.forecastNano).toBe(230n * USD);
    expect(f.expected.map((e) => e.nano)).toEqual([10n, 10n, 2n, 2n, 10n].map((v) => v * USD));
    expect(f.exceedsOn).toBe(day("2026-11-30"));
    expect(f.seasonal).toBe(true);
  });

  it("keeps today's own spend when it already exceeds today's rate", () => {
    const today = day("2026-11-30"); // Monday, the period's last day
    const f = forecastSeasonal({ today, periodEnd: day("2026-12-01"), spentNano: 300n * USD, todayNano: 25n * USD, dailyNano: history(today, 28, 10n, 2n), historyDays: 28 });
    expect(f.forecastNano).toBe(300n * USD);
    expect(f.exceedsOn).toBeNull();
  });

  it("reports no crossing when the amount is already exceeded before today, or never reached", () => {
    const today = day("2026-11-26");
    const base = { today, periodEnd: day("2026-12-01"), todayNano: 0n, dailyNano: history(today, 28, 10n, 2n), historyDays: 28 };
    expect(forecastSeasonal({ ...base, spentNano: 500n * USD, amountNano: 400n * USD }).exceedsOn).toBeNull();
    expect(forecastSeasonal({ ...base, spentNano: 0n, amountNano: 400n * USD }).exceedsOn).toBeNull();
  });

  it("forecasts nothing more without history", () => {
    const today = day("2026-11-02");
    const f = forecastSeasonal({ today, periodEnd: day("2026-12-01"), spentNano: 3n, todayNano: 3n, dailyNano: new Map(), historyDays: 0 });
    expect(f.forecastNano).toBe(3n);
    expect(f.expected).toHaveLength(29);
  });
});
