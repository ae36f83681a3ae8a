import { describe, expect, it } from "vitest";
import { prepareBandScale } from "@/lib/charts/prepare-band-scale";

const cogs = { better: "lower" as const, low: 40, median: [15, 25] as [number, number], elite: 10, labels: { low: "> 40%", median: "15–25%", elite: "< 10%" } };
const routing = { better: "higher" as const, low: 30, median: [50, 70] as [number, number], elite: 85, labels: { low: "< 30%", median: "50–70%", elite: "> 85%" } };

describe("prepareBandScale", () => {
  it("lays out five zones worst to best, labelling the three published bands", () => {
    const { zones } = prepareBandScale({ bands: cogs, value: null, position: null });
    expect(zones.map((z) => [z.position, z.range, z.start, z.width])).toEqual([
      ["low", "> 40%", 0, 22], ["below_median", null, 22, 17], ["median", "15–25%", 39, 22], ["above_median", null, 61, 17], ["elite", "< 10%", 78, 22],
    ]);
  });

  it("places the marker inside its position's zone, linearly between the zone's edges", () => {
    // 32.5% is halfway from 40% to 25%: the middle of the below-median zone (22 + 8.5)
    expect(prepareBandScale({ bands: cogs, value: 32.5, position: "below_median" }).marker).toBe(30.5);
    // 20% is the middle of the median zone; 5% the middle of elite; 60% the middle of low (capped at 80%)
    expect([20, 5, 60].map((v, i) => prepareBandScale({ bands: cogs, value: v, position: (["median", "elite", "low"] as const)[i] }).marker)).toEqual([50, 89, 11]);
    // higher is better: 63.64% is 68.2% of the way through 50–70
    expect(prepareBandScale({ bands: routing, value: 63.64, position: "median" }).marker).toBe(54);
  });

  it("keeps an exact boundary on its position's side and clamps values past the caps", () => {
    expect(prepareBandScale({ bands: cogs, value: 10, position: "above_median" }).marker).toBe(78); // the elite edge, in above median
    expect(prepareBandScale({ bands: cogs, value: 300, position: "low" }).marker).toBe(0);
    expect(prepareBandScale({ bands: routing, value: 100, position: "elite" }).marker).toBe(100);
    expect(prepareBandScale({ bands: routing, value: null, position: null }).marker).toBeNull();
  });
});
