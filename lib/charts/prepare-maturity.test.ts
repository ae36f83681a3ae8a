import { describe, expect, it } from "vitest";
import { levelTick, prepareMaturityTrend, prepareRadar } from "@/lib/charts/prepare-maturity";

describe("prepareRadar", () => {
  it("puts the six dimensions in the contract's order, clamps and rounds scores, and treats a missing one as 0", () => {
    const { data, table } = prepareRadar({ scale: 12.5, tracking: 83, quality: 140, "routing-caching": -3 }, [{ id: "tracking", label: "Cost tracking" }]);
    expect(data.map((d) => [d.id, d.label, d.score])).toEqual([
      ["tracking", "Cost tracking", 83],
      ["routing-caching", "Routing & caching", 0],
      ["budgets-governance", "Budgets & governance", 0],
      ["quality", "Quality", 100],
      ["unit-economics", "Unit economics", 0],
      ["scale", "Scale", 13],
    ]);
    expect(table.rows[0]).toEqual(["Cost tracking", 83]);
  });
});

describe("prepareMaturityTrend", () => {
  it("orders assessments oldest first with UTC day labels", () => {
    const t = prepareMaturityTrend([
      { id: "b", createdAt: "2026-12-01T23:30:00Z", level: 3, levelName: "Operational", percent: 43 },
      { id: "a", createdAt: "2026-11-02T00:10:00Z", level: 0, levelName: "Not started", percent: 0 },
    ]);
    expect(t.data.map((d) => [d.key, d.label, d.percent])).toEqual([["a", "Nov 2, 2026", 0], ["b", "Dec 1, 2026", 43]]);
    expect(t.table.rows[1]).toEqual(["Dec 1, 2026", "3 · Operational", "43%"]);
    expect(t.ticks).toEqual([0, 14, 29, 43, 57, 71, 86, 100]);
  });
  it("adds the time (UTC) when a day has several assessments", () => {
    const t = prepareMaturityTrend([
      { id: "b", createdAt: "2026-12-01T23:30:00Z", level: 3, levelName: "Operational", percent: 43 },
      { id: "a", createdAt: "2026-12-01T09:05:00Z", level: 2, levelName: "Pilot", percent: 29 },
    ]);
    expect(t.data.map((d) => d.label)).toEqual(["Dec 1, 09:05", "Dec 1, 23:30"]);
  });
  it("labels ticks with their level", () => {
    expect([0, 14, 100, 50].map(levelTick)).toEqual(["0%", "L1 14%", "L7 100%", "50%"]);
  });
});

describe("assessmentTime", () => {
  it("writes a UTC moment on a 24-hour clock", async () => {
    const { assessmentTime } = await import("@/lib/charts/prepare-maturity");
    expect(assessmentTime("2026-12-04T00:05:00Z")).toBe("Dec 4, 2026, 00:05 UTC");
    expect(assessmentTime("2026-12-04T23:59:00+02:00")).toBe("Dec 4, 2026, 21:59 UTC");
  });
});
