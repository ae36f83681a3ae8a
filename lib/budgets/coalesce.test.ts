import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Coalescer } from "@/lib/budgets/coalesce";

describe("Coalescer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("fires the first call at once, folds a burst into one trailing call, and fires at most once per window", () => {
    const fired: [string, number][] = [];
    const c = new Coalescer(200, (k) => fired.push([k, Date.now()]));
    const t0 = Date.now();
    c.call("a");
    for (let i = 0; i < 50; i++) {
      vi.advanceTimersByTime(10);
      c.call("a"); // 500 ms of calls every 10 ms
    }
    vi.advanceTimersByTime(1000);
    const times = fired.map(([, t]) => t - t0);
    expect(times).toEqual([0, 200, 400, 600]); // the last call (at 500 ms) fires at 600 ms: never silent after the last
  });

  it("does not fire again after a lone call, and keeps keys apart", () => {
    const fired: string[] = [];
    const c = new Coalescer(200, (k) => fired.push(k));
    c.call("a");
    c.call("b");
    vi.advanceTimersByTime(1000);
    expect(fired).toEqual(["a", "b"]);
    c.call("a");
    expect(fired).toEqual(["a", "b", "a"]);
  });
});
