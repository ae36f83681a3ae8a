import { describe, expect, it } from "vitest";
import { IntervalThrottle } from "@/lib/cache/throttle";

describe("IntervalThrottle", () => {
  it("passes a key once per interval, each key on its own, and again after forget", () => {
    const t = new IntervalThrottle(1_000);
    expect(t.take("a", 10_000)).toBe(true);
    expect(t.take("a", 10_999)).toBe(false);
    expect(t.take("b", 10_500)).toBe(true);
    expect(t.take("a", 11_000)).toBe(true); // a full interval after the last pass
    expect(t.take("a", 11_500)).toBe(false);
    t.forget("a");
    expect(t.take("a", 11_600)).toBe(true);
  });

  it("holds at most maxKeys keys: the least recently used is forgotten first", () => {
    const t = new IntervalThrottle(1_000, 2);
    t.take("a", 0);
    t.take("b", 0);
    t.take("c", 0); // evicts a
    expect(t.take("a", 1)).toBe(true);
    expect(t.take("c", 1)).toBe(false);
  });
});
