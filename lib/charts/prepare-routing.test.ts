import { describe, expect, it } from "vitest";
import { prepareTierMix, REFERENCE_LINES } from "@/lib/charts/prepare-routing";

describe("prepareTierMix", () => {
  it("gives each day's shares adding up to 100, skipping days without tiered requests", () => {
    const r = prepareTierMix([
      { day: "2026-10-01", small: 1, mid: 1, frontier: 1 },
      { day: "2026-10-02", small: 0, mid: 0, frontier: 0 },
      { day: "2026-10-03", small: 7, mid: 2, frontier: 1 },
    ]);
    expect(r.data.map((d) => [d.day, d.small, d.mid, d.frontier])).toEqual([["2026-10-01", 33.3, 33.3, 33.4], ["2026-10-03", 70, 20, 10]]);
    expect(r.table.rows[1]).toEqual(["2026-10-03", 10, "70.0%", "20.0%", "10.0%"]);
    expect(r.series.map((s) => s.key)).toEqual(["small", "mid", "frontier"]);
    expect(REFERENCE_LINES.map((l) => l.y)).toEqual([70, 90]);
  });
});
