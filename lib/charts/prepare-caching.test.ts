import { describe, expect, it } from "vitest";
import { prepareSavingsBars } from "@/lib/charts/prepare-caching";
import type { CachingFeature } from "@/lib/caching/schemas";

const feature = (key: string, avoided: string | null, prompt: string, name = key.toUpperCase()): CachingFeature => ({
  key, name, requests: 10, hits: 1, hitRate: 0.1, avoidedCostNano: avoided, inputTokens: "0", cachedInputTokens: "0", cachedShare: null, promptSavingsNano: prompt,
});

describe("prepareSavingsBars", () => {
  it("stacks avoided and prompt-cache savings in USD, largest total first, top N drawn and all in the table", () => {
    const { bars, table } = prepareSavingsBars([feature("a", "1000000000", "500000000"), feature("b", "0", "2000000000"), feature("c", "100000000", "0")], 2);
    expect(bars).toEqual([
      { key: "b", label: "B", avoided: 0, prompt: 2, total: 2 },
      { key: "a", label: "A", avoided: 1, prompt: 0.5, total: 1.5 },
    ]);
    expect(table.rowKeys).toEqual(["b", "a", "c"]);
    expect(table.rows[2]).toEqual(["C", "$0.10", "$0.00", "$0.10"]);
  });

  it("leaves out features that saved nothing, keeps an unknown avoided cost in the table as 'unknown', and shortens long names", () => {
    const long = "A very long feature name that would crowd the axis";
    const { bars, table } = prepareSavingsBars([feature("none", "0", "0"), feature("allhits", null, "0"), feature("long", "5", "0", long)]);
    expect(bars.map((b) => b.key)).toEqual(["long"]);
    expect(bars[0].label).toBe("A very long feature n…");
    expect(table.rows.map((r) => r[0])).toEqual([long, "ALLHITS"]);
    expect(table.rows[1][1]).toBe("unknown");
  });
});
