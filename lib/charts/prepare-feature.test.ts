import { describe, expect, it } from "vitest";
import { describeSample, formatUnitMoney, prepareCostHistogram, prepareMonthlyMargin, tierShares } from "@/lib/charts/prepare-feature";
import type { CostDistribution } from "@/lib/pnl/feature-schemas";

const dist = (over: Partial<CostDistribution> = {}): CostDistribution => ({
  method: "latest", size: 10, complete: false, from: "2026-12-02T10:00:00.000Z", to: "2026-12-04T15:30:00.000Z",
  p50Nano: "5000000", p90Nano: "9000000", p99Nano: "10000000", meanNano: "5500000", maxNano: "40000000",
  histogram: [
    { fromNano: "1000000", toNano: "5000000", count: 4, aboveP99: false },
    { fromNano: "5000000", toNano: "10000001", count: 5, aboveP99: false },
    { fromNano: "10000001", toNano: "40000001", count: 1, aboveP99: true },
  ],
  ...over,
});

describe("feature charts", () => {
  it("marks each percentile on the bin that holds it, and labels bins by their cost range", () => {
    const h = prepareCostHistogram(dist());
    // the first bin is 0.4¢ wide: 2 significant digits of that, 4 decimals, for every label
    expect(h.data.map((d) => d.label)).toEqual(["$0.0010–$0.0050", "$0.0050–$0.0100", "> $0.0100"]);
    expect(h.markers.map((m) => [m.name, m.key])).toEqual([["p50", "b1"], ["p90", "b1"], ["p99", "b1"]]);
    expect(h.table.rows[2]).toEqual(["> $0.0100", "1", "10.0%"]);
    // bins a tenth of a cent wide never print alike
    const fine = prepareCostHistogram(dist({ histogram: [{ fromNano: "10000000", toNano: "11250000", count: 1, aboveP99: false }, { fromNano: "11250000", toNano: "12500000", count: 1, aboveP99: false }] }));
    expect(fine.data.map((d) => d.label)).toEqual(["$0.0100–$0.0112", "$0.0113–$0.0125"]);
  });

  it("says what the sample covers: all of the range, the latest requests, or a spread sample", () => {
    expect(describeSample(dist())).toBe("From the latest 10 requests (Dec 2 – Dec 4).");
    expect(describeSample(dist({ complete: true, from: "2026-12-04T09:05:00.000Z", to: "2026-12-04T15:30:00.000Z" }))).toBe("From all 10 requests in the range (Dec 4, 09:05–15:30 UTC).");
    expect(describeSample(dist({ method: "sample", size: 1200 }))).toMatch(/^From a sample of 1,200 requests spread over the range \(Dec 2 – Dec 4\)/);
    expect(describeSample(dist({ size: 0, from: null, to: null }))).toBe("No requests in this range.");
  });

  it("marks months partly in the range and keeps months without revenue as gaps", () => {
    const m = prepareMonthlyMargin([
      { month: "2026-09", days: 15, daysInMonth: 30, requests: 3, revenueNano: "0", tokenCostNano: "5", otherCostNano: "0", cogsNano: "5", marginPct: null },
      { month: "2026-10", days: 31, daysInMonth: 31, requests: 3, revenueNano: "100", tokenCostNano: "150", otherCostNano: "0", cogsNano: "150", marginPct: -50 },
    ]);
    expect(m.data).toEqual([{ month: "2026-09", label: "Sep 2026*", margin: null }, { month: "2026-10", label: "Oct 2026", margin: -50 }]);
    expect(m.partial).toBe(true);
    expect(m.ticks.min).toBeLessThanOrEqual(-50);
    expect(m.table.rows[0]).toEqual(["Sep 2026", "15 of 30", "$0.00", "$0.000000005", "–"]);
  });

  it("writes unit amounts with 3 significant digits below $1, the usual rule from $1", () => {
    expect(["15123456", "510000", "31250000", "0", "1234560000"].map(formatUnitMoney)).toEqual(["$0.0151", "$0.00051", "$0.0313", "$0.00", "$1.23"]);
  });

  it("gives each tier its share of cost, cheapest tier first", () => {
    expect(tierShares([{ tier: "frontier", costNano: "14", requests: 2 }, { tier: null, costNano: "0", requests: 1 }, { tier: "small", costNano: "42", requests: 8 }])).toEqual([
      { tier: "small", costNano: "42", share: 0.75 }, { tier: "frontier", costNano: "14", share: 0.25 }, { tier: "unassigned", costNano: "0", share: 0 },
    ]);
  });
});
