import { describe, expect, it } from "vitest";
import { monthCoverage } from "@/lib/demo/seed";

describe("monthCoverage", () => {
  const span = { start: Date.UTC(2026, 8, 6), end: Date.UTC(2026, 11, 4, 12) }; // Sep 6 00:00 … Dec 4 12:00 UTC
  it("is the share of the month's time the generated data covers", () => {
    expect(monthCoverage("2026-09", span)).toBeCloseTo(25 / 30, 12);
    expect(monthCoverage("2026-10", span)).toBe(1);
    expect(monthCoverage("2026-12", span)).toBeCloseTo(3.5 / 31, 12);
    expect(monthCoverage("2026-08", span)).toBe(0);
  });
});
