// The cost–quality frontier (the accuracy–cost curve of docs/design.md §9): the
// models no other model beats on both price and quality. Pure maths, no I/O.

export type CostQualityPoint = { costPerRequestNano: bigint | null; meanScore: number | null };

/**
 * Mean scores this close count as the same quality: over thousands of requests a
 * gap of 0.0001 is noise, and a model 6× dearer for it does not "keep quality better".
 */
export const SCORE_TIE = 0.005;

/** `a` beats `b`: cheaper and as good (within the tie), or no dearer and clearly better. */
function beats(a: { cost: bigint; score: number }, b: { cost: bigint; score: number }, tie: number): boolean {
  return (a.cost < b.cost && a.score >= b.score - tie) || (a.cost <= b.cost && a.score > b.score + tie);
}

/**
 * For each point, whether it is on the efficient frontier: no other model beats
 * it. A point without a positive cost (no priced request, or no token cost at all,
 * e.g. a self-hosted model whose cost is GPU time elsewhere) or without a score is
 * never on it and never beats another. Identical points do not beat each other.
 */
export function efficientFrontier(points: readonly CostQualityPoint[], tie = SCORE_TIE): boolean[] {
  const known = points.map((p) => (p.costPerRequestNano === null || p.costPerRequestNano <= 0n || p.meanScore === null ? null : { cost: p.costPerRequestNano, score: p.meanScore }));
  return known.map((p, i) => p !== null && !known.some((q, j) => j !== i && q !== null && beats(q, p, tie)));
}

/** A rate, or null when nothing carried the signal (no fake 0). */
export const rateOf = (count: number, checked: number): number | null => (checked > 0 ? count / checked : null);

/** The mean of a sum over `n` values, to 4 decimals (scores are stored as float4), or null for none. */
export const meanOf = (sum: number, n: number): number | null => (n > 0 ? Math.round((sum / n) * 1e4) / 1e4 : null);
