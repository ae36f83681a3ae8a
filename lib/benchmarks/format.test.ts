import { describe, expect, it } from "vitest";
import { BAND_DEFS } from "@/lib/benchmarks/bands";
import { bandLabels, formatPercentValue, formatUsdValue, listNames, positionPhrase } from "@/lib/benchmarks/format";

const pct = (part: bigint, whole: bigint) => ({ num: part * 100n, den: whole });

describe("benchmark formatting", () => {
  it("writes the bands as the design does", () => {
    expect(bandLabels(BAND_DEFS.cogs_to_revenue)).toEqual({ low: "> 40%", median: "15–25%", elite: "< 10%" });
    expect(bandLabels(BAND_DEFS.profitable_share)).toEqual({ low: "< 30%", median: "50–60%", elite: "> 80%" });
    expect(bandLabels(BAND_DEFS.cost_per_request)).toEqual({ low: "> $0.10", median: "$0.01–$0.05", elite: "< $0.005" });
  });

  it("adds decimals only where one would print a band edge the value is not on", () => {
    const def = BAND_DEFS.cogs_to_revenue;
    expect(formatPercentValue(def, pct(321n, 1000n))).toBe("32.1%");
    expect(formatPercentValue(def, pct(25n, 100n))).toBe("25.0%"); // on the edge: the edge it is
    expect(formatPercentValue(def, pct(2502n, 10_000n))).toBe("25.02%");
    expect(formatPercentValue(def, pct(99_999n, 1_000_000n))).toBe("9.9999%"); // 9.9999%: elite, not "10.0%"
    expect(formatPercentValue(def, pct(1n, 3n))).toBe("33.3%");
  });

  it("writes a cost per request with two significant digits, every digit where two would print an edge", () => {
    const def = BAND_DEFS.cost_per_request;
    const at = (nano: bigint) => formatUsdValue(def, nano, { num: nano, den: 1n });
    expect([at(12_345_678n), at(4_200_000n), at(150_000_000n), at(1_500_000_000n)]).toEqual(["$0.012", "$0.0042", "$0.15", "$1.50"]);
    expect([at(9_999_000n), at(10_000_000n), at(4_996_000n)]).toEqual(["$0.009999", "$0.01", "$0.004996"]);
  });

  it("phrases positions and lists names", () => {
    expect(positionPhrase(BAND_DEFS.routing_coverage, "above_median")).toBe("better than the median band (50–70%), short of elite (> 85%)");
    expect([listNames([]), listNames(["A"]), listNames(["A", "B"]), listNames(["A", "B", "C"]), listNames(["A", "B", "C", "D"]), listNames(["A", "B", "C", "D", "E"])]).toEqual([
      "", "A", "A and B", "A, B and C", "A, B, C and 1 other", "A, B, C and 2 others",
    ]);
  });
});
