// Routing maths (docs/design.md §5), pure and in integer nano-USD: tier mix and
// coverage from request counts, the potential savings of a feature's frontier
// traffic beyond the reference mix, and the what-if simulator ("move X% of
// feature F's frontier traffic to model M"). No database, no React.
import { TIERS, type Tier } from "@/lib/pricing/tiers";

/** The reference tier mix a routed org aims for: 70% small, 20% mid, 10% frontier. */
export const REFERENCE_MIX: Record<Tier, number> = { small: 0.7, mid: 0.2, frontier: 0.1 };
/** A simulated month is 30 days. */
export const MONTH_DAYS = 30;

export type TierCounts = Record<Tier, number>;

/** Shares of requests per tier (null when no request has a tier). */
export function tierMix(c: TierCounts): Record<Tier, number> | null {
  const total = TIERS.reduce((n, t) => n + c[t], 0);
  if (total === 0) return null;
  return { small: c.small / total, mid: c.mid / total, frontier: c.frontier / total };
}

/** Routing coverage: the share of tiered requests served below the frontier tier (null when none). */
export function coverage(c: TierCounts): number | null {
  const total = TIERS.reduce((n, t) => n + c[t], 0);
  return total === 0 ? null : (c.small + c.mid) / total;
}

/** Integer division rounding half up (non-negative divisor). */
export function divRound(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new RangeError("divisor must be positive");
  const q = a / b;
  const r = a % b;
  if (r === 0n) return q;
  return a >= 0n ? (2n * r >= b ? q + 1n : q) : (-2n * r >= b ? q - 1n : q);
}

/**
 * Potential savings of a feature: the frontier requests above the reference 10%
 * share of its tiered requests, moved to a cheaper model, save their share of
 * (frontier cost − the same tokens' cost on that model). 0 when the feature is
 * already at or below 10% frontier, or the cheaper model would not be cheaper.
 */
export function potentialSavingsNano(p: { tieredRequests: number; frontierRequests: number; frontierCostNano: bigint; frontierOnTargetNano: bigint }): bigint {
  if (p.frontierRequests <= 0) return 0n;
  const diff = p.frontierCostNano - p.frontierOnTargetNano;
  // excess = frontier − 10% of tiered, as a fraction of frontier: (10·frontier − tiered) / (10·frontier)
  const excessTenths = BigInt(10 * p.frontierRequests - p.tieredRequests);
  if (diff <= 0n || excessTenths <= 0n) return 0n;
  return divRound(diff * excessTenths, BigInt(10 * p.frontierRequests));
}

/** A feature's frontier traffic over the period, and the same tokens priced on the scenario's target model. */
export type SimulationInput = {
  periodDays: number;
  /** everything the feature cost in the period (all tiers) */
  featureCostNano: bigint;
  frontierRequests: number;
  frontierCostNano: bigint;
  /** the frontier requests' tokens priced on the target model */
  frontierOnTargetNano: bigint;
  /** share of the frontier traffic to move, in basis points (0–10,000) */
  shareBps: number;
};

export type SimulationResult = {
  currentMonthlyNano: bigint;
  projectedMonthlyNano: bigint;
  savingsMonthlyNano: bigint;
  /** savings / current monthly cost (null when the feature cost nothing) */
  savingsRatio: number | null;
  frontierRequestsMonthly: number;
  movedRequestsMonthly: number;
};

/** Scale a period's figure to a 30-day month. */
export const monthly = (periodNano: bigint, periodDays: number): bigint => divRound(periodNano * BigInt(MONTH_DAYS), BigInt(periodDays));

/**
 * "Move X% of feature F's frontier traffic to model M": the moved share of the
 * frontier requests pays M's price for the same tokens (their real input / cached
 * / output mix) instead of what it paid; the rest of the feature is unchanged.
 * Figures are per 30-day month at the period's run rate.
 */
export function simulate(s: SimulationInput): SimulationResult {
  if (s.periodDays <= 0) throw new RangeError("periodDays must be positive");
  if (!Number.isInteger(s.shareBps) || s.shareBps < 0 || s.shareBps > 10_000) throw new RangeError("shareBps must be an integer in 0..10000");
  const bps = BigInt(s.shareBps);
  const change = divRound((s.frontierCostNano - s.frontierOnTargetNano) * bps, 10_000n);
  const current = monthly(s.featureCostNano, s.periodDays);
  const projected = monthly(s.featureCostNano - change, s.periodDays);
  const savings = current - projected;
  const frontierMonthly = Math.round((s.frontierRequests * MONTH_DAYS) / s.periodDays);
  return {
    currentMonthlyNano: current,
    projectedMonthlyNano: projected,
    savingsMonthlyNano: savings,
    savingsRatio: current === 0n ? null : Number(savings) / Number(current),
    frontierRequestsMonthly: frontierMonthly,
    movedRequestsMonthly: Math.round((frontierMonthly * s.shareBps) / 10_000),
  };
}

/** "12.5" % → 1250 basis points; null when not a percentage in 0–100 with at most 2 decimals. */
export function percentToBps(v: string | number): number | null {
  const s = String(v).trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(s)) return null;
  const bps = Math.round(Number(s) * 100);
  return bps <= 10_000 ? bps : null;
}
