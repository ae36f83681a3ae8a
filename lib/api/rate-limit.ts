// Token bucket per key: `ratePerS` tokens refill per second up to `burst`; a
// request takes one token or is told how long to wait. In-memory, per process.

export type Bucket = { tokens: number; updatedAt: number };

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  /** `clock` is replaceable so tests never depend on the wall clock. */
  constructor(readonly ratePerS: number, readonly burst: number, public clock: () => number = Date.now) {}

  /** Take one token for `key`; returns 0 when allowed, else the whole seconds to wait. */
  take(key: string, now = this.clock()): number {
    let b = this.buckets.get(key);
    if (!b) {
      b = { tokens: this.burst, updatedAt: now };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.updatedAt) / 1000) * this.ratePerS);
    b.updatedAt = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.ratePerS));
  }
}
