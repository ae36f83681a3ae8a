import { describe, expect, it } from "vitest";
import { BAND_DEFS, bandTarget, ceilDiv, compareTo, floorDiv, nextBand, placeValue, type MetricId, type Position } from "@/lib/benchmarks/bands";

/** a percent value part / whole, exactly */
const pct = (part: bigint, whole = 100n) => ({ num: part * 100n, den: whole });
const place = (id: MetricId, part: bigint, whole = 100n) => placeValue(BAND_DEFS[id], pct(part, whole));
const CENT = 10_000_000n;

describe("placement on the bands: every boundary", () => {
  it("COGS / revenue (> 40% | 15–25% | < 10%, lower is better)", () => {
    const at: [bigint, bigint, Position][] = [
      [9999n, 100_000n, "elite"], // 9.999%
      [10n, 100n, "above_median"], // exactly 10%: not < 10%
      [14999n, 100_000n, "above_median"],
      [15n, 100n, "median"], // the median range includes both ends
      [25n, 100n, "median"],
      [25001n, 100_000n, "below_median"],
      [40n, 100n, "below_median"], // exactly 40%: not > 40%
      [40001n, 100_000n, "low"],
      [0n, 100n, "elite"],
      [300n, 100n, "low"], // COGS three times revenue
    ];
    expect(at.map(([p, w]) => place("cogs_to_revenue", p, w))).toEqual(at.map((x) => x[2]));
  });

  it("inference cost per request (> $0.10 | $0.01–$0.05 | < $0.005)", () => {
    const def = BAND_DEFS.cost_per_request;
    const perRequest = (cost: bigint, requests = 1n) => placeValue(def, { num: cost, den: requests });
    expect([
      perRequest(4_999_999n), perRequest(5_000_000n), perRequest(CENT - 1n), perRequest(CENT), perRequest(5n * CENT),
      perRequest(5n * CENT + 1n), perRequest(10n * CENT), perRequest(10n * CENT + 1n),
    ]).toEqual(["elite", "above_median", "above_median", "median", "median", "below_median", "below_median", "low"]);
    // exact fractions: $1 over 200 requests is exactly $0.005 (not elite); $1 over 201 is under it
    expect([perRequest(1_000_000_000n, 200n), perRequest(1_000_000_000n, 201n)]).toEqual(["above_median", "elite"]);
    // $0.50 over 3 requests is $0.1666…: low; over 7, $0.0714…: below the median
    expect([perRequest(500_000_000n, 3n), perRequest(500_000_000n, 7n)]).toEqual(["low", "below_median"]);
  });

  it("routing coverage (< 30% | 50–70% | > 85%, higher is better)", () => {
    const at: [bigint, bigint, Position][] = [
      [2999n, 10_000n, "low"],
      [30n, 100n, "below_median"], // exactly 30%: not < 30%
      [4999n, 10_000n, "below_median"],
      [50n, 100n, "median"],
      [70n, 100n, "median"],
      [7001n, 10_000n, "above_median"],
      [85n, 100n, "above_median"], // exactly 85%: not > 85%
      [8501n, 10_000n, "elite"],
      [1n, 1n, "elite"],
    ];
    expect(at.map(([p, w]) => place("routing_coverage", p, w))).toEqual(at.map((x) => x[2]));
  });

  it("share of AI features profitable (< 30% | 50–60% | > 80%) on small counts", () => {
    // 3/10 = 30% exactly; 1/2 = 50%; 3/5 = 60%; 4/5 = 80% exactly; 5/6 = 83.3%
    expect([place("profitable_share", 0n, 4n), place("profitable_share", 2n, 7n), place("profitable_share", 3n, 10n), place("profitable_share", 1n, 3n)]).toEqual([
      "low", "low", "below_median", "below_median",
    ]);
    expect([place("profitable_share", 1n, 2n), place("profitable_share", 3n, 5n), place("profitable_share", 2n, 3n), place("profitable_share", 4n, 5n), place("profitable_share", 5n, 6n)]).toEqual([
      "median", "median", "above_median", "above_median", "elite",
    ]);
  });

  it("refuses a value without a positive denominator", () => {
    expect(() => placeValue(BAND_DEFS.routing_coverage, { num: 0n, den: 0n })).toThrow();
  });
});

describe("the next band up and its edge", () => {
  it("aims below-median positions at the median, the rest at elite", () => {
    expect(["low", "below_median", "median", "above_median", "elite"].map((p) => nextBand(p as Position))).toEqual(["median", "median", "elite", "elite", null]);
  });

  it("takes the median's near end inclusively and elite strictly", () => {
    expect(bandTarget(BAND_DEFS.cogs_to_revenue, "median")).toEqual({ threshold: 25n, strict: false });
    expect(bandTarget(BAND_DEFS.routing_coverage, "median")).toEqual({ threshold: 50n, strict: false });
    expect(bandTarget(BAND_DEFS.cost_per_request, "elite")).toEqual({ threshold: 5_000_000n, strict: true });
  });
});

describe("exact helpers", () => {
  it("compares a fraction with a threshold and rounds divisions both ways", () => {
    expect([compareTo({ num: 50n, den: 2n }, 25n), compareTo({ num: 49n, den: 2n }, 25n), compareTo({ num: 51n, den: 2n }, 25n)]).toEqual([0, -1, 1]);
    expect([ceilDiv(7n, 2n), ceilDiv(-7n, 2n), ceilDiv(6n, 2n), floorDiv(7n, 2n), floorDiv(-7n, 2n)]).toEqual([4n, -3n, 3n, 3n, -4n]);
  });
});
