import { describe, expect, it } from "vitest";
import { MARGIN_COLORS, prepareMarginAtScale } from "@/lib/charts/prepare-launch-review";

describe("margin at scale chart", () => {
  it("colours by the gate, clips deep losses at −100% but labels the real margin", () => {
    const { data, domain, table } = prepareMarginAtScale([
      { factor: 1, marginPct: 88.8, passes: true },
      { factor: 10, marginPct: 12.5, passes: false },
      { factor: 100, marginPct: -1910, passes: false },
    ]);
    expect(data).toEqual([
      { label: "Planned (1×)", value: 88.8, text: "88.80%", color: MARGIN_COLORS.pass },
      { label: "10× volume", value: 12.5, text: "12.50%", color: MARGIN_COLORS.thin },
      { label: "100× volume", value: -100, text: "−1,910.00%", color: MARGIN_COLORS.losing },
    ]);
    expect(domain).toEqual([-100, 100]);
    expect(table.rows).toEqual([["Planned (1×)", "88.80%", "yes"], ["10× volume", "12.50%", "no"], ["100× volume", "−1,910.00%", "no"]]);
  });

  it("starts the axis at 0 when no margin is negative, at the next 25% step below otherwise; no revenue draws as 0", () => {
    expect(prepareMarginAtScale([{ factor: 1, marginPct: 60, passes: true }]).domain).toEqual([0, 100]);
    expect(prepareMarginAtScale([{ factor: 1, marginPct: -30, passes: false }]).domain).toEqual([-50, 100]);
    expect(prepareMarginAtScale([{ factor: 1, marginPct: null, passes: false }]).data[0]).toMatchObject({ value: 0, text: "–" });
  });
});
