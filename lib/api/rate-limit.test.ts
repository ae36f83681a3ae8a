import { describe, expect, it } from "vitest";
import { TokenBucketLimiter } from "@/lib/api/rate-limit";

describe("TokenBucketLimiter", () => {
  it("allows a burst, then refuses with the seconds to wait, then refills at the rate", () => {
    const l = new TokenBucketLimiter(2, 3);
    const t = 1_000_000;
    expect([l.take("k", t), l.take("k", t), l.take("k", t)]).toEqual([0, 0, 0]);
    expect(l.take("k", t)).toBe(1);
    expect(l.take("k", t + 500)).toBe(0); // 0.5 s × 2/s = 1 token
    expect(l.take("k", t + 500)).toBe(1);
  });

  it("keeps keys apart", () => {
    const l = new TokenBucketLimiter(1, 1);
    expect(l.take("a", 0)).toBe(0);
    expect(l.take("a", 0)).toBe(1);
    expect(l.take("b", 0)).toBe(0);
  });

  it("never stores more than the burst", () => {
    const l = new TokenBucketLimiter(100, 2);
    l.take("k", 0);
    const later = 3_600_000;
    expect([l.take("k", later), l.take("k", later), l.take("k", later)]).toEqual([0, 0, 1]);
  });
});
