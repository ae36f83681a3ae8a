import { describe, expect, it } from "vitest";
import { createRng } from "@/lib/demo/random";

describe("createRng", () => {
  it("is deterministic per seed and differs across seeds", () => {
    const a = createRng(7), b = createRng(7), c = createRng(8);
    const seq = (r: ReturnType<typeof createRng>) => Array.from({ length: 5 }, () => r.next());
    const sa = seq(a);
    expect(sa).toEqual(seq(b));
    expect(sa).not.toEqual(seq(c));
    expect(sa.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("picks by weight", () => {
    const r = createRng(1);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) counts[r.pick([["a", 9], ["b", 1]] as const)]++;
    expect(counts.a / 10_000).toBeGreaterThan(0.87);
    expect(counts.a / 10_000).toBeLessThan(0.93);
  });
});
