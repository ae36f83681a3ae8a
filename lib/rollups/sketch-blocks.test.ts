import { describe, expect, it } from "vitest";
import { blockStart, decomposeRange, monthlySketchBlocks } from "@/lib/rollups/sketch-blocks";

// 2026-01-01 is day 20454 since 1970-01-01: 20454 = 8·2556 + 6 = 64·319 + 38
describe("sketch blocks", () => {
  it("aligns blocks on multiples of their span since 1970-01-01", () => {
    expect(blockStart("2026-01-01", 1)).toBe("2026-01-01");
    expect(blockStart("2026-01-01", 8)).toBe("2025-12-26"); // 6 days earlier
    expect(blockStart("2026-01-01", 64)).toBe("2025-11-24"); // 38 days earlier
    expect(blockStart("1969-12-31", 8)).toBe("1969-12-24"); // before the epoch too
  });

  it("covers a range exactly with the fewest aligned blocks", () => {
    expect(decomposeRange("2026-01-01", "2026-01-01")).toEqual([{ span: 1, start: "2026-01-01" }]);
    // 2026-01-01..01-17: 2 single days up to the 8-block of 01-03, one 8-block (01-03..01-10), then 7 days
    const b = decomposeRange("2026-01-01", "2026-01-17");
    expect(b.map((x) => x.span)).toEqual([1, 1, 8, 1, 1, 1, 1, 1, 1, 1]);
    expect(b[2]).toEqual({ span: 8, start: "2026-01-03" });
    // 64-day block 2026-01-27..2026-03-31 inside a 90-day range
    const q = decomposeRange("2026-01-01", "2026-03-31");
    expect(q).toContainEqual({ span: 64, start: "2026-01-27" });
    expect(q.length).toBeLessThanOrEqual(15);
    expect(q.reduce((n, x) => n + x.span, 0)).toBe(90);
    expect(decomposeRange("2026-01-02", "2026-01-01")).toEqual([]);
  });

  it("splits at month boundaries and tags each block with its month", () => {
    const m = monthlySketchBlocks("2026-01-30", "2026-02-02");
    expect(m).toEqual({
      months: ["2026-01-01", "2026-01-01", "2026-02-01", "2026-02-01"],
      spans: [1, 1, 1, 1],
      starts: ["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02"],
    });
    const year = monthlySketchBlocks("2025-12-01", "2026-02-28");
    expect(new Set(year.months)).toEqual(new Set(["2025-12-01", "2026-01-01", "2026-02-01"]));
    expect(year.spans.reduce((n, s) => n + s, 0)).toBe(31 + 31 + 28);
  });
});
