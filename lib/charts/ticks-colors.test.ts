import { describe, expect, it } from "vitest";
import { niceTicks } from "@/lib/charts/ticks";
import { assignColors, ENTITY_COLORS, TIER_COLORS } from "@/lib/charts/colors";

describe("niceTicks", () => {
  it("steps by 1, 2 or 5 × 10^k from zero to a nice ceiling", () => {
    expect(niceTicks(0, 0.0294)).toEqual({ ticks: [0, 0.01, 0.02, 0.03], step: 0.01, min: 0, max: 0.03 });
    expect(niceTicks(0, 0.0141, 4).ticks).toEqual([0, 0.005, 0.01, 0.015]);
    expect(niceTicks(0, 78.2).ticks).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0, 1234).ticks).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(-3, 7).ticks).toEqual([-5, 0, 5, 10]); // span 10 / 4 ticks = 2.5 → step 5
  });
  it("gives a usable axis for empty or flat data", () => {
    expect(niceTicks(0, 0).ticks).toEqual([0, 0.5, 1]);
    expect(niceTicks(5, 5).ticks).toEqual([0, 2, 4, 6]);
  });
});

describe("assignColors", () => {
  it("gives a key the same colour whatever else is in view or how it ranks", () => {
    const all = ["platform", "growth", "support", "data-science", "unassigned"];
    const a = assignColors(all);
    const b = assignColors([...all].reverse());
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(new Set(a.values()).size).toBe(all.length); // no two teams alike
  });
  it("keeps colours distinct up to the palette size, then repeats evenly", () => {
    const keys = Array.from({ length: ENTITY_COLORS.length }, (_, i) => `k${i}`);
    expect(new Set(assignColors(keys).values()).size).toBe(ENTITY_COLORS.length);
    const counts = new Map<string, number>();
    for (const c of assignColors([...keys, "x1", "x2"]).values()) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBe(2);
  });
  it("never uses a tier colour for an entity", () => {
    const tier = new Set<string>(Object.values(TIER_COLORS));
    expect(ENTITY_COLORS.some((c) => tier.has(c))).toBe(false);
  });
});
