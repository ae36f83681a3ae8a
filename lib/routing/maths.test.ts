import { describe, expect, it } from "vitest";
import { coverage, divRound, percentToBps, potentialSavingsNano, simulate, tierMix } from "@/lib/routing/maths";

describe("tier mix and coverage", () => {
  it("are shares of tiered requests", () => {
    expect(tierMix({ small: 70, mid: 20, frontier: 10 })).toEqual({ small: 0.7, mid: 0.2, frontier: 0.1 });
    expect(coverage({ small: 3, mid: 1, frontier: 4 })).toBe(0.5);
    expect(tierMix({ small: 0, mid: 0, frontier: 0 })).toBeNull();
    expect(coverage({ small: 0, mid: 0, frontier: 0 })).toBeNull();
  });
});

describe("divRound", () => {
  it("rounds half up for both signs and refuses a zero divisor", () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(4n, 3n)).toBe(1n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(-4n, 3n)).toBe(-1n);
    expect(() => divRound(1n, 0n)).toThrow(RangeError);
  });
});

describe("potential savings", () => {
  it("move the frontier requests above 10% of the tiered traffic", () => {
    // 100 tiered requests, 40 frontier costing $4 that would cost $1 on the target:
    // 30 of the 40 are above the reference 10%, so 3/4 of the $3 difference = $2.25
    expect(potentialSavingsNano({ tieredRequests: 100, frontierRequests: 40, frontierCostNano: 4_000_000_000n, frontierOnTargetNano: 1_000_000_000n })).toBe(2_250_000_000n);
  });
  it("are 0 at or below the reference share, or when the target is not cheaper", () => {
    expect(potentialSavingsNano({ tieredRequests: 100, frontierRequests: 10, frontierCostNano: 10n, frontierOnTargetNano: 1n })).toBe(0n);
    expect(potentialSavingsNano({ tieredRequests: 100, frontierRequests: 50, frontierCostNano: 10n, frontierOnTargetNano: 11n })).toBe(0n);
    expect(potentialSavingsNano({ tieredRequests: 0, frontierRequests: 0, frontierCostNano: 0n, frontierOnTargetNano: 0n })).toBe(0n);
  });
});

describe("simulate", () => {
  it("moves a share of the frontier traffic to the target's price, per 30-day month", () => {
    // 15 days: the feature cost $30 in all, of which frontier $20 (1,000 requests) that would cost $2 on the target.
    // Moving 50% saves (20 − 2) × 0.5 = $9 in 15 days → $18 a month of $60.
    const r = simulate({ periodDays: 15, featureCostNano: 30_000_000_000n, frontierRequests: 1_000, frontierCostNano: 20_000_000_000n, frontierOnTargetNano: 2_000_000_000n, shareBps: 5_000 });
    expect(r).toEqual({
      currentMonthlyNano: 60_000_000_000n,
      projectedMonthlyNano: 42_000_000_000n,
      savingsMonthlyNano: 18_000_000_000n,
      savingsRatio: 0.3,
      frontierRequestsMonthly: 2_000,
      movedRequestsMonthly: 1_000,
    });
  });
  it("shows a cost increase when the target is dearer, and nothing for 0%", () => {
    expect(simulate({ periodDays: 30, featureCostNano: 10n, frontierRequests: 1, frontierCostNano: 10n, frontierOnTargetNano: 30n, shareBps: 10_000 }).savingsMonthlyNano).toBe(-20n);
    expect(simulate({ periodDays: 30, featureCostNano: 10n, frontierRequests: 1, frontierCostNano: 10n, frontierOnTargetNano: 0n, shareBps: 0 }).savingsMonthlyNano).toBe(0n);
    expect(simulate({ periodDays: 30, featureCostNano: 0n, frontierRequests: 0, frontierCostNano: 0n, frontierOnTargetNano: 0n, shareBps: 0 }).savingsRatio).toBeNull();
  });
  it("refuses impossible inputs", () => {
    expect(() => simulate({ periodDays: 0, featureCostNano: 0n, frontierRequests: 0, frontierCostNano: 0n, frontierOnTargetNano: 0n, shareBps: 0 })).toThrow(RangeError);
    expect(() => simulate({ periodDays: 1, featureCostNano: 0n, frontierRequests: 0, frontierCostNano: 0n, frontierOnTargetNano: 0n, shareBps: 10_001 })).toThrow(RangeError);
  });
});

describe("percentToBps", () => {
  it("accepts 0–100 with up to two decimals", () => {
    expect(percentToBps("12.5")).toBe(1250);
    expect(percentToBps(100)).toBe(10_000);
    expect(percentToBps("0")).toBe(0);
    for (const bad of ["100.01", "-1", "1e2", "abc", "", "12.345"]) expect(percentToBps(bad)).toBeNull();
  });
});
