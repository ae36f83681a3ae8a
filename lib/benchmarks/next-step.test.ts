import { describe, expect, it } from "vitest";
import { centsDown, centsUp, cogsRevenueStep, costPerRequestStep, pointsUp, shareStep } from "@/lib/benchmarks/next-step";

const usd = (v: number) => BigInt(Math.round(v * 1e9));

describe("the smallest change that reaches the next band", () => {
  it("COGS / revenue: to at most 25% (inclusive) from $3,210 against $10,000", () => {
    // COGS ≤ 25% × 10,000 = 2,500; revenue ≥ 3,210 / 25% = 12,840
    expect(cogsRevenueStep(usd(3210), usd(10_000), { threshold: 25n, strict: false })).toEqual({
      maxCogsNano: usd(2500), cogsCutNano: usd(710), minRevenueNano: usd(12_840), revenueRiseNano: usd(2840),
    });
  });

  it("COGS / revenue: under 10% (strict) from $1,500 against $10,000 needs one nano beyond the edge", () => {
    expect(cogsRevenueStep(usd(1500), usd(10_000), { threshold: 10n, strict: true })).toEqual({
      maxCogsNano: usd(1000) - 1n, cogsCutNano: usd(500) + 1n, minRevenueNano: usd(15_000) + 1n, revenueRiseNano: usd(5000) + 1n,
    });
  });

  it("COGS / revenue: a ceiling that is not a whole nano rounds the safe way", () => {
    // 25% of 3 nano is 0.75 nano: COGS may be 0 nano; revenue for 1 nano of COGS must be 4 nano
    expect(cogsRevenueStep(1n, 3n, { threshold: 25n, strict: false })).toMatchObject({ maxCogsNano: 0n, minRevenueNano: 4n });
  });

  it("cost per request: $0.08 → $0.05 or less saves $300 over 10,000 requests; $0.012 → under $0.005 saves $70 and a nano", () => {
    expect(costPerRequestStep(usd(800), 10_000n, { threshold: usd(0.05), strict: false })).toEqual({ maxCostNano: usd(500), savingNano: usd(300) });
    expect(costPerRequestStep(usd(120), 10_000n, { threshold: usd(0.005), strict: true })).toEqual({ maxCostNano: usd(50) - 1n, savingNano: usd(70) + 1n });
  });

  it("shares: how many more of the whole must join the part", () => {
    expect(shareStep(38n, 100n, { threshold: 50n, strict: false })).toBe(12n); // 38% → 50%
    expect(shareStep(70n, 100n, { threshold: 85n, strict: true })).toBe(16n); // 85% is not > 85%: 86
    expect(shareStep(7n, 9n, { threshold: 80n, strict: true })).toBe(1n); // 8/9 = 88.9% > 80%
    expect(shareStep(1n, 3n, { threshold: 50n, strict: false })).toBe(1n); // 2/3 ≥ 50%
    expect(shareStep(4n, 5n, { threshold: 80n, strict: true })).toBe(1n); // 4/5 is exactly 80%
  });

  it("rounds figures so a step is never understated", () => {
    expect([pointsUp(12n, 100n), pointsUp(1n, 3n), pointsUp(2n, 3n)]).toEqual([12, 33.4, 66.7]);
    expect([centsUp(1n), centsUp(usd(0.02)), centsDown(19_999_999n), centsDown(usd(12.34))]).toEqual([usd(0.01), usd(0.02), usd(0.01), usd(12.34)]);
  });
});
