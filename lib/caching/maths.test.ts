import { describe, expect, it } from "vitest";
import { avoidedCostNano, rate } from "@/lib/caching/maths";

describe("avoidedCostNano", () => {
  it("is hits × the average cost of the non-hit requests: 2 hits of 10, 8 paid requests costing 800 → 200", () => {
    expect(avoidedCostNano(10n, 2n, 800n)).toBe(200n);
  });
  it("rounds half up: 1 hit, 3 paid requests costing 5 → 5/3 = 1.67 → 2; costing 3/2 → 1.5 → 2", () => {
    expect(avoidedCostNano(4n, 1n, 5n)).toBe(2n);
    expect(avoidedCostNano(3n, 1n, 3n)).toBe(2n);
    expect(avoidedCostNano(3n, 1n, 2n)).toBe(1n);
  });
  it("is 0 without hits and unknown (null) when every request was a hit", () => {
    expect(avoidedCostNano(5n, 0n, 100n)).toBe(0n);
    expect(avoidedCostNano(3n, 3n, 0n)).toBeNull();
  });
  it("stays exact past 2^64", () => {
    const cost = 10n ** 25n;
    expect(avoidedCostNano(3n, 1n, cost)).toBe(cost / 2n);
  });
});

describe("rate", () => {
  it("gives 4 decimals, half up, and null for an empty whole", () => {
    expect(rate(1n, 3n)).toBe(0.3333);
    expect(rate(2n, 3n)).toBe(0.6667);
    expect(rate(0n, 7n)).toBe(0);
    expect(rate(5n, 5n)).toBe(1);
    expect(rate(0n, 0n)).toBeNull();
  });
  it("is exact for token counts beyond 2^53", () => {
    expect(rate(10n ** 20n, 4n * 10n ** 20n)).toBe(0.25);
  });
});
