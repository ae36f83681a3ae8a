import { describe, expect, it } from "vitest";
import { histogramBins } from "@/lib/pnl/cost-histogram";

const bucket = (cost: bigint, min: bigint, p99: bigint, bins: number) => (cost > p99 ? bins + 1 : Number(((cost - min) * BigInt(bins)) / (p99 - min + 1n)) + 1);

describe("histogramBins", () => {
  it("gives bucket i of [min, p99] its integer bounds, and the rest above p99 one bin", () => {
    // min 100, p99 129: span 30 over 3 bins → [100,110) [110,120) [120,130); 400 is above p99
    const bins = histogramBins(100n, 129n, 400n, new Map([[1, 5], [3, 2], [4, 1]]), 3);
    expect(bins).toEqual([
      { fromNano: "100", toNano: "110", count: 5, aboveP99: false },
      { fromNano: "110", toNano: "120", count: 0, aboveP99: false },
      { fromNano: "120", toNano: "130", count: 2, aboveP99: false },
      { fromNano: "130", toNano: "401", count: 1, aboveP99: true },
    ]);
  });

  it("agrees with the SQL bucket formula for every cost, with uneven spans", () => {
    const [min, p99, n] = [7n, 41n, 4];
    const bins = histogramBins(min, p99, p99, new Map(), n); // span 35: bounds 7 + ⌈35·i/4⌉ = 16, 25, 34, 42
    for (let cost = min; cost <= p99; cost++) {
      const i = bucket(cost, min, p99, n);
      const bin = bins[i - 1];
      expect(BigInt(bin.fromNano) <= cost && cost < BigInt(bin.toNano)).toBe(true);
    }
    expect(bins.map((b) => [b.fromNano, b.toNano])).toEqual([["7", "16"], ["16", "25"], ["25", "34"], ["34", "42"]]);
  });

  it("drops empty-width buckets when the costs span fewer nano than bins, and has no overflow bin without requests above p99", () => {
    expect(histogramBins(5n, 5n, 5n, new Map([[1, 3]]), 12)).toEqual([{ fromNano: "5", toNano: "6", count: 3, aboveP99: false }]);
  });
});
