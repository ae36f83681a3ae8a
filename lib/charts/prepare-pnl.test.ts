import { describe, expect, it } from "vitest";
import { pnlWaterfall } from "@/lib/charts/prepare-pnl";

describe("pnlWaterfall", () => {
  it("drops from revenue by each cost to a positive margin", () => {
    const w = pnlWaterfall({ revenueNano: 1_000_000_000_000n, tokenCostNano: 300_000_000_000n, otherCostNano: "100000000000" });
    expect(w.steps.map((s) => [s.label, s.kind, s.range, s.usd])).toEqual([
      ["Revenue", "revenue", [0, 1000], 1000],
      ["Tokens", "cost", [700, 1000], -300],
      ["Other", "cost", [600, 700], -100],
      ["Margin", "margin", [0, 600], 600],
    ]);
    expect(w.ticks.min).toBe(0);
    expect(w.ticks.max).toBeGreaterThanOrEqual(1000);
    expect(w.table.rows[3]).toEqual(["Contribution margin", "$600.00"]);
  });

  it("crosses zero when costs exceed revenue and shows the loss below the axis", () => {
    const w = pnlWaterfall({ revenueNano: 100_000_000_000n, tokenCostNano: 150_000_000_000n, otherCostNano: 20_000_000_000n });
    expect(w.steps.map((s) => [s.label, s.range])).toEqual([
      ["Revenue", [0, 100]],
      ["Tokens", [-50, 100]],
      ["Other", [-70, -50]],
      ["Loss", [-70, 0]],
    ]);
    expect(w.ticks.min).toBeLessThanOrEqual(-70);
    expect(w.table.rows[3][1]).toBe("-$70.00");
  });
});
