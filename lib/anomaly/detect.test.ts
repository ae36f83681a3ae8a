import { describe, expect, it } from "vitest";
import { DAY_MS, detectAnomalies, HOUR_MS, inferInterval, inferSeasonPeriods, type SeriesPoint } from "@/lib/anomaly/detect";
import { findEpisodes, groupEpisodes } from "@/lib/anomaly/episodes";
import { createRng } from "@/lib/demo/random";

const T0 = Date.UTC(2024, 0, 1); // a Monday
// business hours: 1 at night, 10 from 09:00 to 17:59; weekends at 40%
const rhythm = (i: number) => ((i % 24 >= 9 && i % 24 < 18) ? 10 : 1) * (Math.floor(i / 24) % 7 >= 5 ? 0.4 : 1);

/** `weeks` of hourly points with the rhythm and ±5% seeded noise. */
function hourly(weeks: number, seed = 1): SeriesPoint[] {
  const rng = createRng(seed);
  return Array.from({ length: weeks * 168 }, (_, i) => ({ t: T0 + i * HOUR_MS, value: rhythm(i) * (0.95 + 0.1 * rng.next()) }));
}

describe("inferInterval and inferSeasonPeriods", () => {
  it("takes the median gap, so one missing point does not change it", () => {
    expect(inferInterval([0, 3_600_000, 7_200_000, 14_400_000, 18_000_000])).toBe(HOUR_MS);
    expect(() => inferInterval([5])).toThrow();
  });
  it("uses the week and the day where the interval divides them", () => {
    expect(inferSeasonPeriods(HOUR_MS)).toEqual([168, 24]);
    expect(inferSeasonPeriods(DAY_MS)).toEqual([7]);
    expect(inferSeasonPeriods(15 * 60_000)).toEqual([672, 96]);
    expect(inferSeasonPeriods(7 * DAY_MS)).toEqual([]);
    expect(inferSeasonPeriods(11 * 60_000)).toEqual([]);
  });
});

describe("detectAnomalies", () => {
  it("raises nothing on the weekday/weekend rhythm alone", () => {
    expect(detectAnomalies(hourly(6)).filter((p) => p.anomalous)).toEqual([]);
  });

  it("finds one spike as one episode at the right time, with expected ≈ the baseline", () => {
    const series = hourly(6);
    const at = 5 * 168 + 2 * 24 + 12; // Wednesday of week 6, 12:00–16:59
    for (let k = 0; k < 5; k++) series[at + k].value += 30;
    const scored = detectAnomalies(series);
    const episodes = groupEpisodes(scored, { intervalMs: HOUR_MS });
    expect(episodes).toHaveLength(1);
    expect(episodes[0]).toMatchObject({ start: series[at].t, end: series[at + 4].t, points: 5 });
    expect(episodes[0].expectedSum / 5).toBeCloseTo(10, 0);
    expect(episodes[0].ratio).toBeGreaterThan(3.5);
    expect(scored[at].baseline).toBe("seasonal");
    expect(scored[at].period).toBe(168);
  });

  it("suppresses rises smaller than the minimum delta", () => {
    const series = hourly(6);
    series[5 * 168 + 3].value += 4; // 03:00 Monday: 1 → 5, far above the night's noise but only +$4
    expect(detectAnomalies(series, { minDelta: 0 }).filter((p) => p.anomalous)).toHaveLength(1);
    expect(detectAnomalies(series, { minDelta: 5 }).filter((p) => p.anomalous)).toHaveLength(0);
  });

  it("ignores drops: a quiet day is not an incident, and the normal day after it is not either", () => {
    const series = hourly(6);
    for (let i = 5 * 168 + 24; i < 5 * 168 + 48; i++) series[i].value *= 0.2; // Tuesday of week 6
    expect(detectAnomalies(series).filter((p) => p.anomalous)).toEqual([]);
  });

  it("falls back to hour-of-day, then to the recent window, on short histories", () => {
    const series = hourly(2);
    const scored = detectAnomalies(series);
    expect(scored[10].baseline).toBe("none"); // under 18 hours of history: not judged
    expect(scored[30].baseline).toBe("recent");
    expect(scored[4 * 24 + 5]).toMatchObject({ baseline: "seasonal", period: 24 });
    const spiked = hourly(2);
    spiked[9 * 24 + 12].value += 40;
    expect(detectAnomalies(spiked).filter((p) => p.anomalous).map((p) => p.t)).toEqual([spiked[9 * 24 + 12].t]);
  });

  it("accepts a persisting step up as the new level after about a day", () => {
    const series = hourly(6);
    const at = 4 * 168 + 24 + 9; // Tuesday 09:00 of week 5
    for (let i = at; i < series.length; i++) series[i].value *= 2.5;
    const flagged = detectAnomalies(series).filter((p) => p.anomalous);
    expect(flagged[0].t).toBe(series[at].t);
    expect(flagged[flagged.length - 1].t).toBeLessThan(series[at].t + 2 * DAY_MS);
  });

  it("judges each point on its past only: later points never change earlier results", () => {
    const series = hourly(5);
    const full = detectAnomalies(series);
    expect(detectAnomalies(series.slice(0, 600))).toEqual(full.slice(0, 600));
  });
});

describe("findEpisodes", () => {
  it("makes a 5-hour spike one episode, bridging one normal hour inside it", () => {
    const series = hourly(6);
    const at = 5 * 168 + 24 + 10;
    for (const k of [0, 1, 3, 4]) series[at + k].value += 40; // hour 2 is normal
    const episodes = findEpisodes(series, { intervalMs: HOUR_MS, minDelta: 5 });
    expect(episodes).toHaveLength(1);
    expect(episodes[0]).toMatchObject({ start: series[at].t, end: series[at + 4].t, points: 4, ongoing: false });
  });

  it("leaves out the incomplete bucket at `now` and defaults the minimum delta by interval", () => {
    const series = hourly(6);
    const last = series.length - 1;
    series[last].value += 100;
    expect(findEpisodes(series, { now: new Date(series[last].t + 30 * 60_000) })).toEqual([]);
    const [ep] = findEpisodes(series, { now: new Date(series[last].t + HOUR_MS) });
    expect(ep).toMatchObject({ start: series[last].t, ongoing: true });
  });
});
