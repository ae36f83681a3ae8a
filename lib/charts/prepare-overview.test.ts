import { describe, expect, it } from "vitest";
import { prepareCostPerRequest, prepareSpendOverTime, prepareTopBars, relativeChange } from "@/lib/charts/prepare-overview";
import { OTHER_COLOR, TIER_COLORS } from "@/lib/charts/palette";

const teams = [
  { key: "a", name: "Team A", costNano: "3000000000", requests: 3 },
  { key: "b", name: "Team B", costNano: "1000000000", requests: 1 },
];

describe("prepareSpendOverTime", () => {
  it("pivots daily rows into one point per day with a zero for missing teams", () => {
    const daily = [
      { day: "2026-11-01", team: "a", costNano: "2000000000", requests: 2 },
      { day: "2026-11-01", team: "b", costNano: "1000000000", requests: 1 },
      { day: "2026-11-02", team: null, costNano: "0", requests: 0 },
      { day: "2026-11-03", team: "a", costNano: "1000000000", requests: 1 },
    ];
    const { data, series } = prepareSpendOverTime(daily, teams);
    expect(series.map((s) => [s.key, s.dataKey])).toEqual([["a", "s0"], ["b", "s1"]]);
    expect(data).toEqual([
      { day: "2026-11-01", label: "Nov 1", s0: 2, s1: 1 },
      { day: "2026-11-02", label: "Nov 2", s0: 0, s1: 0 },
      { day: "2026-11-03", label: "Nov 3", s0: 1, s1: 0 },
    ]);
  });

  it("keeps data keys apart from chart fields: teams called `label`, `day` or `a.b` cannot corrupt the axis", () => {
    const odd = [
      { key: "label", name: "label", costNano: "1000000000", requests: 1 },
      { key: "day", name: "day", costNano: "2000000000", requests: 1 },
      { key: "a.b", name: "a.b", costNano: "3000000000", requests: 1 },
    ];
    const daily = odd.map((t) => ({ day: "2026-11-01", team: t.key, costNano: t.costNano, requests: 1 }));
    const { data, series } = prepareSpendOverTime(daily, odd);
    expect(data).toEqual([{ day: "2026-11-01", label: "Nov 1", s0: 1, s1: 2, s2: 3 }]);
    expect(series.map((s) => s.dataKey)).toEqual(["s0", "s1", "s2"]);
  });

  it("isolates user-supplied names so bidi controls cannot reorder the legend", () => {
    const { series } = prepareSpendOverTime([], [{ key: "x", name: "\u202Eevil", costNano: "0", requests: 0 }]);
    expect(series[0].label).toBe("\u2068\u202Eevil\u2069");
  });
});

describe("prepareCostPerRequest", () => {
  it("divides cost by requests per day and leaves a gap on days without requests", () => {
    const out = prepareCostPerRequest([
      { day: "2026-11-01", team: "a", costNano: "30000000", requests: 2 },
      { day: "2026-11-01", team: "b", costNano: "10000000", requests: 2 },
      { day: "2026-11-02", team: null, costNano: "0", requests: 0 },
    ]);
    expect(out).toEqual([
      { day: "2026-11-01", label: "Nov 1", usd: 0.01 },
      { day: "2026-11-02", label: "Nov 2", usd: null },
    ]);
  });
});

describe("prepareTopBars", () => {
  it("keeps the top N and sums the rest into Other, with shares of the total", () => {
    const items = [
      { key: "x", name: "X", costNano: "6000000000", requests: 6 },
      { key: "y", name: "Y", costNano: "3000000000", requests: 3 },
      { key: "z", name: "Z", costNano: "500000000", requests: 5 },
      { key: "w", name: "W", costNano: "500000000", requests: 5 },
    ];
    const bars = prepareTopBars(items, 2);
    expect(bars.map((b) => [b.label, b.usd, b.share, b.requests])).toEqual([
      ["\u2068X\u2069", 6, 0.6, 6], // user-supplied names are bidi-isolated
      ["\u2068Y\u2069", 3, 0.3, 3],
      ["Other (2)", 1, 0.1, 10],
    ]);
    expect(bars[2].color).toBe(OTHER_COLOR);
  });

  it("colours by tier when asked, grey for an unknown tier", () => {
    const bars = prepareTopBars([{ key: "m", name: "m", costNano: "1", requests: 1, tier: "frontier" }, { key: "n", name: "n", costNano: "1", requests: 1, tier: null }], 8, "tier");
    expect(bars.map((b) => b.color)).toEqual([TIER_COLORS.frontier, TIER_COLORS.unknown]);
  });
});

describe("relativeChange", () => {
  it("is null without a previous value", () => {
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(150n, 100n)).toBe(0.5);
  });
});
