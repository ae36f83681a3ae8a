import { describe, expect, it } from "vitest";
import { tightestPace, weeklyPaceNano } from "@/lib/budgets/pace";
import { periodContaining } from "@/lib/budgets/periods";

const at = new Date("2026-12-10T00:00:00Z");

describe("weekly pace", () => {
  it("prorates a budget's amount to seven days of its current period", () => {
    expect(weeklyPaceNano(3100n, periodContaining("month", at))).toBe(700n); // December: 31 days
    expect(weeklyPaceNano(920n, periodContaining("quarter", at))).toBe(70n); // Q4: 92 days
    expect(weeklyPaceNano(150n, periodContaining("week", at))).toBe(150n);
  });

  it("takes the tightest of a team's budgets, null without one", () => {
    expect(tightestPace([{ amountNano: 3100n, range: periodContaining("month", at) }, { amountNano: 500n, range: periodContaining("week", at) }])).toBe(500n);
    expect(tightestPace([])).toBeNull();
  });
});
