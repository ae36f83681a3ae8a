import { describe, expect, it } from "vitest";
import { chooseMethod, sampleWindows, tableRowsEstimator } from "@/lib/pnl/sample-plan";

const counts = (o: Record<string, number>) => new Map(Object.entries(o));
const AFTER = new Date("2026-12-10T12:00:00Z");

describe("sampleWindows", () => {
  it("fits the first window to the sample by the rollups' counts", () => {
    // 100 feature requests an hour on Nov 30: 2 h hold 200 ≥ 1.25 × 100, and 200 ≥ 2 × 100 is enough
    const w = sampleWindows({ from: "2026-11-01", to: "2026-11-30", now: AFTER, feature: counts({ "2026-11-30": 2400 }), org: counts({ "2026-11-30": 24_000 }) }, { rows: 100, scanRows: 1_000_000 });
    expect(w).toEqual(["2026-12-01T00:00:00.000Z", "2026-11-30T22:00:00.000Z"]);
  });

  it("then doubles the window until twice the sample should be in the windows", () => {
    // 10 an hour: 13 h hold 130 ≥ 125 but < 200; the next 26 h reach back to Nov 29 09:00 and add Nov 30's first 11 h
    const w = sampleWindows({ from: "2026-11-01", to: "2026-11-30", now: AFTER, feature: counts({ "2026-11-30": 240 }), org: counts({ "2026-11-30": 2400 }) }, { rows: 100, scanRows: 1_000_000 });
    expect(w).toEqual(["2026-12-01T00:00:00.000Z", "2026-11-30T11:00:00.000Z", "2026-11-29T09:00:00.000Z"]);
  });

  it("cuts the window that would pass the row budget, hour by hour, to what is left of it", () => {
    // the sparse feature would want the whole month; at 1,000 org requests an hour, 2,500 last 2.5 h
    const w = sampleWindows({ from: "2026-11-01", to: "2026-11-30", now: AFTER, feature: counts({ "2026-11-30": 24 }), org: counts({ "2026-11-30": 24_000 }) }, { rows: 100, scanRows: 2_500 });
    expect(w).toEqual(["2026-12-01T00:00:00.000Z", "2026-11-30T21:30:00.000Z"]);
    // across midnight: Dec 1 costs 1 an hour (24), Nov 30 2 an hour, so half of Nov 30's last hour fits in 25
    const across = sampleWindows({ from: "2026-11-01", to: "2026-12-01", now: AFTER, feature: counts({}), org: counts({ "2026-11-30": 48, "2026-12-01": 24 }) }, { rows: 10, scanRows: 25 });
    expect(across).toEqual(["2026-12-02T00:00:00.000Z", "2026-11-30T23:30:00.000Z"]);
  });

  it("stops at the start of the range", () => {
    const w = sampleWindows({ from: "2026-11-30", to: "2026-11-30", now: AFTER, feature: counts({ "2026-11-30": 10 }), org: counts({ "2026-11-30": 10 }) }, { rows: 100, scanRows: 1_000 });
    expect(w).toEqual(["2026-12-01T00:00:00.000Z", "2026-11-30T00:00:00.000Z"]);
  });

  it("starts at the next full hour when the range runs into today, counting today's requests over its hours so far", () => {
    // 240,000 by 15:20 are 15,000 an hour over the 16 h to 16:00: one hour is plenty
    const now = new Date("2026-12-04T15:20:00Z");
    const w = sampleWindows({ from: "2026-12-01", to: "2026-12-04", now, feature: counts({ "2026-12-04": 240_000 }), org: counts({ "2026-12-04": 240_000 }) }, { rows: 100, scanRows: 1_000_000 });
    expect(w).toEqual(["2026-12-04T16:00:00.000Z", "2026-12-04T15:00:00.000Z"]);
    expect(sampleWindows({ from: "2026-12-05", to: "2026-12-06", now, feature: counts({}), org: counts({}) })).toEqual([]);
  });
});

describe("chooseMethod", () => {
  const limits = { pages: 2_000, minCorrelation: 0.8 };
  it("reads the latest requests from a small table or one stored in time order", () => {
    expect(chooseMethod({ relpages: 1_500, correlation: 0 }, limits)).toEqual({ method: "latest" });
    expect(chooseMethod({ relpages: 250_000, correlation: 0.93 }, limits)).toEqual({ method: "latest" });
    expect(chooseMethod({ relpages: 250_000, correlation: null }, limits)).toEqual({ method: "latest" });
  });
  it("samples about the page budget of a big table out of time order", () => {
    expect(chooseMethod({ relpages: 250_000, correlation: 0.02 }, limits)).toEqual({ method: "sample", percent: 0.8 });
  });
});

describe("tableRowsEstimator", () => {
  const h = 3_600_000;
  // 4 equal-count buckets of 250 rows: [0,1h) [1h,2h) [2h,4h) [4h,8h)
  const rows = tableRowsEstimator([0, h, 2 * h, 4 * h, 8 * h], 1000);
  it("spreads each bucket's rows over its span, and continues the newest bucket's density past it", () => {
    expect(rows(0, h)).toBe(250);
    expect(rows(h / 2, 3 * h)).toBe(125 + 250 + 125);
    expect(rows(8 * h, 10 * h)).toBe(125); // 250 rows per 4 h
    expect(tableRowsEstimator([], 1000)(0, h)).toBe(0);
  });

  it("bounds the windows by all orgs' rows when other orgs fill the pages", () => {
    // the org sends 24 requests a day, but the table holds 1,000 rows an hour: 2,500 rows last 2.5 h
    const table = tableRowsEstimator([Date.parse("2026-11-30T00:00:00Z"), Date.parse("2026-12-01T00:00:00Z")], 24_000);
    const w = sampleWindows({ from: "2026-11-01", to: "2026-11-30", now: AFTER, feature: counts({ "2026-11-30": 24 }), org: counts({ "2026-11-30": 24 }), table }, { rows: 100, scanRows: 2_500 });
    expect(w).toEqual(["2026-12-01T00:00:00.000Z", "2026-11-30T21:30:00.000Z"]);
  });
});
