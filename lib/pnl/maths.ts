// Feature P&L maths (docs/design.md §4), pure: contribution margin, status, and
// the scale projection (proration by days is done in SQL, lib/pnl/queries.ts).
// Money is integer nano-USD; margins are percentages with two decimals (rounded
// half away from zero), null when there is no revenue.

export const PNL_STATUSES = ["healthy", "profitable", "losing", "no_revenue"] as const;
export type PnlStatus = (typeof PNL_STATUSES)[number];
export const HEALTHY_MARGIN_PCT = 50;

/** (revenue − cogs) / revenue in percent, 2 decimals; null when revenue is 0. */
export function marginPct(revenueNano: bigint, cogsNano: bigint): number | null {
  if (revenueNano <= 0n) return null;
  const scaled = ((revenueNano - cogsNano) * 20_000n) / revenueNano; // 2 × basis points of a percent
  const rounded = scaled >= 0n ? (scaled + 1n) / 2n : (scaled - 1n) / 2n;
  return Number(rounded) / 100;
}

/** healthy ≥ 50%, profitable > 0, losing ≤ 0, no_revenue without revenue. */
export function pnlStatus(margin: number | null): PnlStatus {
  if (margin === null) return "no_revenue";
  if (margin >= HEALTHY_MARGIN_PCT) return "healthy";
  if (margin > 0) return "profitable";
  return "losing";
}

/** How a feature earns: revenue entered per month, or derived from a price per request or per active end user per month. */
export const REVENUE_MODELS = ["monthly", "per_request", "per_user"] as const;
export type RevenueModel = (typeof REVENUE_MODELS)[number];

/** What a feature's period P&L is made of, split by how each part scales. */
export type PnlParts = {
  /** token (inference) cost: proportional to requests */
  tokenCostNano: bigint;
  /** other monthly AI costs (GPU, vector DB, storage): fixed */
  otherCostNano: bigint;
  revenueNano: bigint;
  revenueModel: RevenueModel;
};

/**
 * Margin at `factor` × today's requests: token cost scales; fixed monthly costs
 * do not; per-request and per-user revenue scale (users assumed to grow with
 * requests), fixed monthly revenue does not.
 */
export function projectMargin(p: PnlParts, factor: bigint): number | null {
  const revenue = p.revenueModel === "monthly" ? p.revenueNano : p.revenueNano * factor;
  return marginPct(revenue, p.tokenCostNano * factor + p.otherCostNano);
}
