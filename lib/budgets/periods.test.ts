import { describe, expect, it } from "vitest";
import { pastPeriods, periodContaining, periodDayRange, periodDays, previousPeriod } from "@/lib/budgets/periods";

const iso = (ms: number) => new Date(ms).toISOString();
const range = (r: { start: number; end: number }) => [iso(r.start), iso(r.end)];

describe("periodContaining", () => {
  it("starts ISO weeks on Monday 00:00 UTC; Sunday 23:59:59.999 still belongs to the week before", () => {
    // 2026-11-29 is a Sunday
    expect(range(periodContaining("week", new Date("2026-11-29T23:59:59.999Z")))).toEqual(["2026-11-23T00:00:00.000Z", "2026-11-30T00:00:00.000Z"]);
    expect(range(periodContaining("week", new Date("2026-11-30T00:00:00.000Z")))).toEqual(["2026-11-30T00:00:00.000Z", "2026-12-07T00:00:00.000Z"]);
    expect(range(periodContaining("week", new Date("2026-12-02T13:00:00Z")))).toEqual(["2026-11-30T00:00:00.000Z", "2026-12-07T00:00:00.000Z"]);
  });

  it("crosses the year end: a week holding 1 January starts in December", () => {
    // 2027-01-01 is a Friday; its ISO week starts Monday 2026-12-28
    expect(range(periodContaining("week", new Date("2027-01-01T08:00:00Z")))).toEqual(["2026-12-28T00:00:00.000Z", "2027-01-04T00:00:00.000Z"]);
    expect(range(periodContaining("month", new Date("2026-12-31T23:59:59.999Z")))).toEqual(["2026-12-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"]);
    expect(range(periodContaining("quarter", new Date("2026-12-31T23:59:59.999Z")))).toEqual(["2026-10-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"]);
    expect(range(periodContaining("quarter", new Date("2027-01-01T00:00:00Z")))).toEqual(["2027-01-01T00:00:00.000Z", "2027-04-01T00:00:00.000Z"]);
  });

  it("knows leap years: February 2028 has 29 days, Q1 2028 has 91", () => {
    const feb = periodContaining("month", new Date("2028-02-29T12:00:00Z"));
    expect(range(feb)).toEqual(["2028-02-01T00:00:00.000Z", "2028-03-01T00:00:00.000Z"]);
    expect(periodDays(feb)).toBe(29);
    expect(periodDays(periodContaining("month", new Date("2027-02-10T00:00:00Z")))).toBe(28);
    expect(periodDays(periodContaining("quarter", new Date("2028-02-29T00:00:00Z")))).toBe(91);
    expect(periodDays(periodContaining("quarter", new Date("2027-02-28T00:00:00Z")))).toBe(90);
    expect(periodDays(periodContaining("quarter", new Date("2026-08-15T00:00:00Z")))).toBe(92);
    expect(periodDays(periodContaining("week", new Date("2028-02-29T00:00:00Z")))).toBe(7);
  });

  it("gives each period's first and last day for SQL over daily rollups", () => {
    expect(periodDayRange(periodContaining("month", new Date("2028-02-15T00:00:00Z")))).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(periodDayRange(periodContaining("week", new Date("2026-11-29T23:59:59.999Z")))).toEqual({ from: "2026-11-23", to: "2026-11-29" });
  });
});

describe("previous periods", () => {
  it("steps back across the year end", () => {
    const jan = periodContaining("month", new Date("2027-01-15T00:00:00Z"));
    expect(range(previousPeriod("month", jan))).toEqual(["2026-12-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"]);
    const q1 = periodContaining("quarter", new Date("2027-02-01T00:00:00Z"));
    expect(range(previousPeriod("quarter", q1))).toEqual(["2026-10-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"]);
  });

  it("lists the past periods, most recent first", () => {
    const weeks = pastPeriods("week", new Date("2027-01-05T00:00:00Z"), 3).map((r) => iso(r.start).slice(0, 10));
    expect(weeks).toEqual(["2026-12-28", "2026-12-21", "2026-12-14"]);
    const months = pastPeriods("month", new Date("2028-03-31T23:00:00Z"), 2).map((r) => range(r));
    expect(months).toEqual([
      ["2028-02-01T00:00:00.000Z", "2028-03-01T00:00:00.000Z"],
      ["2028-01-01T00:00:00.000Z", "2028-02-01T00:00:00.000Z"],
    ]);
  });
});
