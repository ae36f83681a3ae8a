import { describe, expect, it } from "vitest";
import { TIER_COLORS } from "@/lib/charts/colors";
import { costAxis, formatCostTick, prepareCostQuality, scoreAxis } from "@/lib/charts/prepare-quality";
import type { QualityModel } from "@/lib/quality/schemas";

const model = (model: string, tier: QualityModel["tier"], costPerRequestNano: string | null, meanScore: number | null, efficient: boolean, requests = 10): QualityModel => ({
  provider: "openai", model, tier, requests, costPerRequestNano, scored: requests, meanScore, hallucinationRate: null, guardrailBlockRate: null, efficient,
});

describe("costAxis", () => {
  it("goes log with 1-2-5 ticks per decade when the costs span decades", () => {
    // $0.0003 to $0.02: ~67×
    // the ends are the nearest 1-2-5 steps outside the data
    expect(costAxis([0.0003, 0.002, 0.02])).toEqual({ scale: "log", ticks: [0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02], domain: [0.0002, 0.02] });
  });
  it("keeps only the decades past three decades", () => {
    expect(costAxis([0.00007, 0.17]).ticks).toEqual([0.00005, 0.0001, 0.001, 0.01, 0.1, 0.2]);
  });
  it("stays linear from 0 for a narrow spread, or when a model is free", () => {
    expect(costAxis([0.001, 0.004])).toEqual({ scale: "linear", ticks: [0, 0.001, 0.002, 0.003, 0.004], domain: [0, 0.004] });
    expect(costAxis([0, 0.0001, 0.01]).scale).toBe("linear");
    expect(costAxis([])).toEqual({ scale: "linear", ticks: [0, 1], domain: [0, 1] });
  });
});

describe("formatCostTick", () => {
  it("writes a log tick with its own digits", () => {
    expect([0.00005, 0.001, 0.2, 1].map(formatCostTick)).toEqual(["$0.00005", "$0.001", "$0.2", "$1"]);
  });
});

describe("scoreAxis", () => {
  it("frames the scores on a 0.05 grid with half a step of room, within 0–1", () => {
    expect(scoreAxis([0.78, 0.86, 0.92])).toEqual({ scale: "linear", ticks: [0.75, 0.8, 0.85, 0.9, 0.95], domain: [0.75, 0.95] });
    expect(scoreAxis([0.2, 0.99]).ticks).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });
});

describe("prepareCostQuality", () => {
  it("draws models with a token cost and a score per tier, the efficient ones as a line by cost, and counts the rest", () => {
    const p = prepareCostQuality([
      model("gpt-4o", "frontier", "20000000", 0.92, true, 100),
      model("gpt-4o-mini", "small", "300000", 0.78, true, 900),
      model("o-old", "frontier", "30000000", 0.9, false),
      model("gpt-4.1", "mid", "4000000", 0.86, true),
      model("unpriced", null, null, 0.99, false),
      model("unscored", "mid", "100", null, false),
      model("self-hosted", null, "0", 0.95, false),
    ]);
    expect(p.series.map((s) => [s.key, s.color, s.points.map((x) => x.key)])).toEqual([
      ["small", TIER_COLORS.small, ["openai/gpt-4o-mini"]],
      ["mid", TIER_COLORS.mid, ["openai/gpt-4.1"]],
      ["frontier", TIER_COLORS.frontier, ["openai/gpt-4o", "openai/o-old"]],
    ]);
    expect(p.frontier.map((x) => [x.key, x.usd, x.score])).toEqual([["openai/gpt-4o-mini", 0.0003, 0.78], ["openai/gpt-4.1", 0.004, 0.86], ["openai/gpt-4o", 0.02, 0.92]]);
    expect(p.leftOut).toBe(3);
    expect(p.x.scale).toBe("log"); // $0.0003 … $0.03: 100×
    expect(p.y.domain).toEqual([0.75, 0.95]);
    expect(p.table.rows[0]).toEqual(["\u2068gpt-4o-mini\u2069", "small", "$0.00030", "0.780", "900", "yes"]);
    expect(p.table.rows.map((r) => r[5])).toEqual(["yes", "yes", "yes", "no"]);
  });

  it("has no series and no frontier without priced, scored models", () => {
    const p = prepareCostQuality([model("x", "mid", null, null, false)]);
    expect([p.series, p.frontier, p.leftOut]).toEqual([[], [], 1]);
  });
});
