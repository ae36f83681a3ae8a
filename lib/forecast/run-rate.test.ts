import { describe, expect, it } from "vitest";
import { dailyRunRate, forecastPeriodEnd } from "@/lib/forecast/run-rate";

describe("forecastPeriodEnd", () => {
  it("adds today and the days after it at the 7-day run rate", () => {
    // 30-day month, 10 days complete ($100 spent), last 7 days $70 → $10/day; today $4 so far
    // $100 + today $10 + 19 × $10 = $300
    const f = forecastPeriodEnd({ spentNano: 100_000_000_000n, todayNano: 4_000_000_000n, recentNano: 70_000_000_000n, daysElapsed: 10, daysInPeriod: 30 });
    expect(f).toEqual({ forecastNano: 300_000_000_000n, runRateNano: 10_000_000_000n });
  });

  it("counts today's own spend when it already exceeds the run rate", () => {
    // 31-day month on its last day: $500 spent, today $25 already, run rate $10 → $525
    expect(forecastPeriodEnd({ spentNano: 500_000_000_000n, todayNano: 25_000_000_000n, recentNano: 70_000_000_000n, daysElapsed: 30, daysInPeriod: 31 }).forecastNano).toBe(525_000_000_000n);
  });

  it("forecasts a whole month from the run rate on its first day, and nothing without recent spend", () => {
    expect(forecastPeriodEnd({ spentNano: 0n, todayNano: 0n, recentNano: 7_000n, daysElapsed: 0, daysInPeriod: 28 }).forecastNano).toBe(28_000n);
    expect(forecastPeriodEnd({ spentNano: 0n, todayNano: 0n, recentNano: 0n, daysElapsed: 0, daysInPeriod: 31 }).forecastNano).toBe(0n);
  });

  it("rounds the run rate down to the nano", () => {
    expect(dailyRunRate(10n)).toBe(1n);
    expect(dailyRunRate(13n)).toBe(1n);
    expect(dailyRunRate(14n)).toBe(2n);
  });
});
