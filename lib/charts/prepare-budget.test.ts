import { describe, expect, it } from "vitest";
import { prepareBudgetChart } from "@/lib/charts/prepare-budget";

describe("prepareBudgetChart", () => {
  it("draws cumulative actual to today, the forecast from the last complete day to the end, and a flat budget", () => {
    const c = prepareBudgetChart({
      periodStart: "2026-11-23T00:00:00.000Z", periodEnd: "2026-11-30T00:00:00.000Z", amountNano: "50000000000", today: "2026-11-25",
      days: [{ day: "2026-11-23", nano: "10000000000" }, { day: "2026-11-25", nano: "3000000000" }],
      expected: ["2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"].map((day) => ({ day, nano: "8000000000" })),
    });
    expect(c.points.map((p) => [p.day, p.actual, p.forecast, p.budget])).toEqual([
      ["2026-11-23", 10, null, 50],
      ["2026-11-24", 10, 10, 50], // the last complete day joins the two lines
      ["2026-11-25", 13, 18, 50],
      ["2026-11-26", null, 26, 50],
      ["2026-11-27", null, 34, 50],
      ["2026-11-28", null, 42, 50],
      ["2026-11-29", null, 50, 50],
    ]);
    expect(c.ticks.max).toBeGreaterThanOrEqual(50);
    expect(c.table.rows[2]).toEqual(["Nov 25", "$13.00", "$18.00"]);
  });
});
