import { describe, expect, it } from "vitest";
import { groupEntities, OTHER_KEY, prepareBars, prepareCostPerRequest, prepareModelBars, prepareSpendOverTime, relativeChange, UNREGISTERED_KEY } from "@/lib/charts/prepare-overview";
import { assignColors, OTHER_COLOR, TIER_COLORS } from "@/lib/charts/colors";

const team = (key: string, name: string, costUsd: number, registered = true) => ({ key, name, registered, costNano: String(costUsd * 1e9), requests: 1 });
const options = (keys: string[]) => ({ teams: keys.map((k) => ({ key: k, name: k, registered: true })), features: [], models: [] });
const iso = (s: string) => `\u2068${s}\u2069`;

describe("prepareSpendOverTime", () => {
  it("pivots daily rows into one point per day with a zero for missing teams, under generated data keys", () => {
    const teams = [team("a", "Team A", 3), team("b", "Team B", 1)];
    const daily = [
      { day: "2026-11-01", team: "a", costNano: "2000000000", requests: 2 },
      { day: "2026-11-01", team: "b", costNano: "1000000000", requests: 1 },
      { day: "2026-11-02", team: null, costNano: "0", requests: 0 },
      { day: "2026-11-03", team: "a", costNano: "1000000000", requests: 1 },
    ];
    const { data, series, ticks, table } = prepareSpendOverTime({ daily, teams, options: options(["a", "b"]) });
    expect(series.map((s) => [s.key, s.dataKey, s.label])).toEqual([["a", "s0", iso("Team A")], ["b", "s1", iso("Team B")]]);
    expect(data).toEqual([
      { day: "2026-11-01", label: "Nov 1", s0: 2, s1: 1 },
      { day: "2026-11-02", label: "Nov 2", s0: 0, s1: 0 },
      { day: "2026-11-03", label: "Nov 3", s0: 1, s1: 0 },
    ]);
    expect(ticks.ticks).toEqual([0, 1, 2, 3]);
    expect(table.rows[0]).toEqual(["2026-11-01", "$2.00", "$1.00", "$3.00"]);
  });

  it("keeps data keys apart from chart fields: teams called `label`, `day` or `a.b` cannot corrupt the axis", () => {
    const odd = [team("label", "label", 1), team("day", "day", 2), team("a.b", "a.b", 3)];
    const daily = odd.map((t) => ({ day: "2026-11-01", team: t.key, costNano: t.costNano, requests: 1 }));
    const { data } = prepareSpendOverTime({ daily, teams: odd, options: options(odd.map((t) => t.key)) });
    expect(data).toEqual([{ day: "2026-11-01", label: "Nov 1", s0: 3, s1: 2, s2: 1 }]);
  });

  it("gives a team the same colour whatever the range shows or how it ranks", () => {
    const all = options(["platform", "growth", "support"]);
    const wide = prepareSpendOverTime({ daily: [], teams: [team("growth", "Growth", 5), team("platform", "Platform", 9), team("support", "Support", 1)], options: all });
    const narrow = prepareSpendOverTime({ daily: [], teams: [team("support", "Support", 7), team("growth", "Growth", 1)], options: all });
    const colour = (s: typeof wide.series, k: string) => s.find((x) => x.key === k)!.color;
    expect(colour(narrow.series, "support")).toBe(colour(wide.series, "support"));
    expect(colour(narrow.series, "growth")).toBe(colour(wide.series, "growth"));
    expect(colour(wide.series, "growth")).toBe(assignColors(["platform", "growth", "support"]).get("growth"));
  });

  it("isolates user-supplied names so bidi controls cannot reorder the legend", () => {
    const { series } = prepareSpendOverTime({ daily: [], teams: [team("x", "\u202Eevil", 1)], options: options(["x"]) });
    expect(series[0].label).toBe(iso("\u202Eevil"));
  });
});

describe("groupEntities", () => {
  it("puts auto-created keys in one visible 'Unregistered' group and the tail in 'Other'", () => {
    const items = [team("a", "A", 10), team("raw-1", "raw-1", 4, false), team("raw-2", "raw-2", 3, false), team("b", "B", 2), team("c", "C", 1), team("d", "D", 0.5)];
    const { groups, groupOf } = groupEntities(items, 3);
    expect(groups.map((g) => [g.key, g.label, g.costNano])).toEqual([
      ["a", iso("A"), 10_000_000_000n],
      [UNREGISTERED_KEY, "Unregistered (2)", 7_000_000_000n],
      [OTHER_KEY, "Other (3)", 3_500_000_000n],
    ]);
    expect([groupOf.get("raw-2"), groupOf.get("d")]).toEqual([UNREGISTERED_KEY, OTHER_KEY]);
  });
});

describe("prepareCostPerRequest", () => {
  it("divides cost by requests per day, leaves a gap on days without requests, and picks nice ticks", () => {
    const out = prepareCostPerRequest([
      { day: "2026-11-01", team: "a", costNano: "30000000", requests: 2 },
      { day: "2026-11-01", team: "b", costNano: "10000000", requests: 2 },
      { day: "2026-11-02", team: null, costNano: "0", requests: 0 },
    ]);
    expect(out.data).toEqual([
      { day: "2026-11-01", label: "Nov 1", usd: 0.01 },
      { day: "2026-11-02", label: "Nov 2", usd: null },
    ]);
    expect(out.ticks.ticks).toEqual([0, 0.005, 0.01]);
    expect(out.table.rows).toEqual([["2026-11-01", "$0.01", "4"], ["2026-11-02", "–", "0"]]);
  });
});

describe("bars", () => {
  it("keep the top N and sum the rest into Other, with shares of the total", () => {
    const items = [
      { key: "x", label: "X", costNano: "6000000000", requests: 6, color: "#1" },
      { key: "y", label: "Y", costNano: "3000000000", requests: 3, color: "#2" },
      { key: "z", label: "Z", costNano: "500000000", requests: 5, color: "#3" },
      { key: "w", label: "W", costNano: "500000000", requests: 5, color: "#4" },
    ];
    const { bars, table } = prepareBars(items, 2);
    expect(bars.map((b) => [b.label, b.usd, b.share, b.requests])).toEqual([["X", 6, 0.6, 6], ["Y", 3, 0.3, 3], ["Other (2)", 1, 0.1, 10]]);
    expect(bars[2].color).toBe(OTHER_COLOR);
    expect(table.rows).toHaveLength(4); // the table keeps every item, exactly
  });

  it("colour models by tier from the tier palette", () => {
    const { bars } = prepareModelBars([
      { provider: "openai", model: "gpt-4o-mini", tier: "small", costNano: "1", requests: 1 },
      { provider: "x", model: "mystery", tier: null, costNano: "1", requests: 1 },
    ]);
    expect(bars.map((b) => b.color)).toEqual([TIER_COLORS.small, TIER_COLORS.unknown]);
  });
});

describe("relativeChange", () => {
  it("is null without a previous value", () => {
    expect(relativeChange(5n, 0n)).toBeNull();
    expect(relativeChange(150, 100)).toBe(0.5);
  });
});
