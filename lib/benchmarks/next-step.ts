// "What would move you up one band", as exact amounts: the smallest change that
// puts a value inside the target band's edge (inclusive for a median range's end,
// strictly beyond for elite; lib/benchmarks/bands.ts). Integer nano-USD and counts.
import { ceilDiv, floorDiv } from "@/lib/benchmarks/bands";

export type Target = { threshold: bigint; strict: boolean };

/**
 * COGS / revenue at most (or under) `t` percent: the largest COGS allowed at
 * today's revenue and the smallest revenue needed at today's COGS.
 */
export function cogsRevenueStep(cogsNano: bigint, revenueNano: bigint, t: Target) {
  // cogs × 100 ≤ t × revenue (strict: <)
  const maxCogsNano = t.strict ? ceilDiv(t.threshold * revenueNano, 100n) - 1n : floorDiv(t.threshold * revenueNano, 100n);
  const minRevenueNano = t.strict ? floorDiv(100n * cogsNano, t.threshold) + 1n : ceilDiv(100n * cogsNano, t.threshold);
  return { maxCogsNano, cogsCutNano: cogsNano - maxCogsNano, minRevenueNano, revenueRiseNano: minRevenueNano - revenueNano };
}

/** Cost per request at most (or under) `t` nano-USD: the token spend allowed at today's requests, and the saving. */
export function costPerRequestStep(costNano: bigint, requests: bigint, t: Target) {
  // cost ≤ t × requests (strict: <)
  const maxCostNano = t.threshold * requests - (t.strict ? 1n : 0n);
  return { maxCostNano, savingNano: costNano - maxCostNano };
}

/** A share part / whole at least (or over) `t` percent: how many more of the whole must join the part. */
export function shareStep(part: bigint, whole: bigint, t: Target): bigint {
  // part × 100 ≥ t × whole (strict: >)
  const minPart = t.strict ? floorDiv(t.threshold * whole, 100n) + 1n : ceilDiv(t.threshold * whole, 100n);
  return minPart - part;
}

/** Percentage points of `whole` that `count` is, rounded up to one decimal (never understating the step). */
export function pointsUp(count: bigint, whole: bigint): number {
  return Number(ceilDiv(count * 1000n, whole)) / 10;
}

/** nano-USD rounded up to a whole cent (an amount to change by: never understated). */
export const centsUp = (nano: bigint) => ceilDiv(nano, 10_000_000n) * 10_000_000n;
/** nano-USD rounded down to a whole cent (a ceiling to stay under: never overstated). */
export const centsDown = (nano: bigint) => floorDiv(nano, 10_000_000n) * 10_000_000n;
