import { describe, expect, it } from "vitest";
import { monthSlices } from "@/lib/pnl/month-slices";

describe("monthSlices", () => {
  it("cuts a range at month boundaries with each month's share of days", () => {
    expect(monthSlices("2026-01-20", "2026-03-05")).toEqual([
      { month: "2026-01", from: "2026-01-20", to: "2026-01-31", days: 12, daysInMonth: 31 },
      { month: "2026-02", from: "2026-02-01", to: "2026-02-28", days: 28, daysInMonth: 28 },
      { month: "2026-03", from: "2026-03-01", to: "2026-03-05", days: 5, daysInMonth: 31 },
    ]);
  });
  it("keeps a range inside one month as one slice, and crosses a year", () => {
    expect(monthSlices("2028-02-29", "2028-02-29")).toEqual([{ month: "2028-02", from: "2028-02-29", to: "2028-02-29", days: 1, daysInMonth: 29 }]);
    expect(monthSlices("2026-12-31", "2027-01-01").map((s) => [s.month, s.days])).toEqual([["2026-12", 1], ["2027-01", 1]]);
  });
});
