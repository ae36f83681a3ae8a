// Caching maths on per-feature sums (pure: no database). Money is bigint nano-USD.

/**
 * What a feature's cache hits would have cost without the cache: hits × the
 * average cost of its requests that were not hits, rounded half up. 0 without
 * hits; null when every request was a hit (no average to go by: unknown, not 0).
 */
export function avoidedCostNano(requests: bigint, hits: bigint, costNano: bigint): bigint | null {
  if (hits === 0n) return 0n;
  const paid = requests - hits;
  if (paid <= 0n) return null;
  return (2n * hits * costNano + paid) / (2n * paid);
}

const RATE_SCALE = 10_000n;

/** part / whole to 4 decimals (half up), exact for counts beyond 2^53; null when whole is 0. */
export function rate(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  return Number((2n * part * RATE_SCALE + whole) / (2n * whole)) / Number(RATE_SCALE);
}
