// When a failed delivery is tried again: exponential backoff with jitter, for up
// to a day. Pure; the base is injectable so tests run the whole schedule in
// milliseconds (env COSTWISE_WEBHOOK_RETRY_BASE_MS).

export type RetryPolicy = {
  /** the nominal delay after the first failed attempt; doubles after each further one */
  baseMs: number;
  /** no single delay is longer than this */
  capMs: number;
  /** no attempt starts later than this after the delivery was queued */
  windowMs: number;
  maxAttempts: number;
};

const DEFAULT_BASE_MS = 60_000;

/**
 * The policy for a base delay: by default 1 min, doubling to a cap of 12 h, at most
 * 12 attempts within 24 h of the delivery being queued (cap and window scale with the base).
 */
export function retryPolicy(baseMs: number = DEFAULT_BASE_MS): RetryPolicy {
  return { baseMs, capMs: baseMs * 720, windowMs: baseMs * 1440, maxAttempts: 12 };
}

/** The policy of this process: COSTWISE_WEBHOOK_RETRY_BASE_MS (tests) or the default. */
export function configuredRetryPolicy(env: Record<string, string | undefined> = process.env): RetryPolicy {
  const base = Number(env.COSTWISE_WEBHOOK_RETRY_BASE_MS);
  return retryPolicy(Number.isFinite(base) && base > 0 ? base : DEFAULT_BASE_MS);
}

/**
 * The delay after attempt number `attempt` (1-based) failed: the nominal
 * min(cap, base·2^(attempt−1)), jittered uniformly over its upper half ("equal
 * jitter"), so retries of many deliveries spread out yet still back off.
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const nominal = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(nominal / 2 + random() * (nominal / 2));
}

/**
 * When to make the next attempt after attempt `attempt` failed at `now`, or null
 * when the delivery has had its attempts or the next would fall outside the window.
 */
export function nextAttemptAt(queuedAt: Date, now: Date, attempt: number, policy: RetryPolicy, random: () => number = Math.random): Date | null {
  if (attempt >= policy.maxAttempts) return null;
  const at = now.getTime() + retryDelayMs(attempt, policy, random);
  return at > queuedAt.getTime() + policy.windowMs ? null : new Date(at);
}
