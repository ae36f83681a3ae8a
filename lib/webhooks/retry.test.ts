import { describe, expect, it } from "vitest";
import { configuredRetryPolicy, nextAttemptAt, retryDelayMs, retryPolicy } from "@/lib/webhooks/retry";

const MIN = 60_000;
const HOUR = 60 * MIN;

describe("webhook retry schedule", () => {
  const policy = retryPolicy();

  it("doubles from 1 minute up to a 12 hour cap (nominal = upper end of the jitter)", () => {
    const upper = Array.from({ length: 12 }, (_, i) => retryDelayMs(i + 1, policy, () => 1));
    expect(upper).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 720, 720].map((m) => m * MIN));
  });

  it("jitters over the upper half of the nominal delay", () => {
    expect(retryDelayMs(3, policy, () => 0)).toBe(2 * MIN);
    expect(retryDelayMs(3, policy, () => 0.5)).toBe(3 * MIN);
    expect(retryDelayMs(20, policy, () => 0)).toBe(6 * HOUR);
  });

  it("makes at most 12 attempts, all within a day of queuing", () => {
    const queued = new Date("2026-01-01T00:00:00Z");
    for (const r of [0, 0.5, 1]) {
      let now = queued;
      const times = [now];
      for (let attempt = 1; ; attempt++) {
        const next = nextAttemptAt(queued, now, attempt, policy, () => r);
        if (!next) break;
        times.push((now = next));
      }
      expect(times.length).toBeLessThanOrEqual(12);
      expect(times.at(-1)!.getTime() - queued.getTime()).toBeLessThanOrEqual(24 * HOUR);
      // the last attempt comes 14.5 h (shortest jitter) to 21.8 h (middle) after queuing
      expect(times.at(-1)!.getTime() - queued.getTime()).toBeGreaterThan(14 * HOUR);
    }
  });

  it("stops when the next attempt would fall outside the window", () => {
    const queued = new Date("2026-01-01T00:00:00Z");
    expect(nextAttemptAt(queued, new Date(queued.getTime() + 23.9 * HOUR), 5, policy, () => 1)).toBeNull();
    expect(nextAttemptAt(queued, new Date(queued.getTime() + 23.9 * HOUR), 1, policy, () => 0)).toEqual(new Date(queued.getTime() + 23.9 * HOUR + 30_000));
  });

  it("reads a short base from the environment (tests) and ignores nonsense", () => {
    expect(configuredRetryPolicy({ COSTWISE_WEBHOOK_RETRY_BASE_MS: "20" })).toEqual({ baseMs: 20, capMs: 14_400, windowMs: 28_800, maxAttempts: 12 });
    expect(configuredRetryPolicy({ COSTWISE_WEBHOOK_RETRY_BASE_MS: "x" }).baseMs).toBe(MIN);
    expect(configuredRetryPolicy({}).baseMs).toBe(MIN);
  });
});
