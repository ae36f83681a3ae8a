// The cost–quality frontier (the accuracy–cost curve of docs/design.md §9): the
// models no other model beats on both price and quality. Pure maths, no I/O.

export type CostQualityPoint = { costPerRequestNano: bigint | null; meanScore: number | null };

/** `a` beats `b`: at most as dear per request and at least as good, and strictly better on one of the two. */
function dominates(a: { cost: bigint; score: number }, b: { cost: bigint; score: number }): boolean {
  return a.cost <= b.cost && a.score >= b.score && (a.cost < b.cost || a.score > b.score);
}

/**
 * For each point, whether it is on the efficient frontier. A point without a
 * cost (no priced request) or without a score (nothing scored) is never on it
 * and never beats another. Identical points do not beat each other.
 */
export function efficientFrontier(points: readonly CostQualityPoint[]): boolean[] {
  const known = points.map((p) => (p.costPerRequestNano === null || p.meanScore === null ? null : { cost: p.costPerRequestNano, score: p.meanScore }));
  return known.map((p, i) => p !== null && !known.some((q, j) => j !== i && q !== null && dominates(q, p)));
}

/** A rate, or null when nothing carried the signal (no fake 0). */
export const rateOf = (count: number, checked: number): number | null => (checked > 0 ? count / checked : null);

/** The mean of a sum over `n` values, to 4 decimals (scores are stored as float4), or null for none. */
export const meanOf = (sum: number, n: number): number | null => (n > 0 ? Math.round((sum / n) * 1e4) / 1e4 : null);
