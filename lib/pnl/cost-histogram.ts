// The cost-per-request histogram's bins: the SQL (lib/pnl/cost-sample.ts) counts
// requests per bucket with integer maths, bucket = (cost − min) · B / (p99 − min + 1) + 1,
// and every request above p99 in bucket B + 1; this gives each bucket its exact
// integer bounds, so the bins and the counts can never disagree.

export const HISTOGRAM_BINS = 12;

export type HistogramBin = { fromNano: string; toNano: string; count: number; aboveP99: boolean };

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/**
 * Bins from the cheapest request to p99 (bounds: from inclusive, to exclusive, in
 * nano-USD), then one bin for the requests above p99. Buckets too narrow to hold an
 * integer (a range narrower than B nano) are dropped; they cannot have counts.
 */
export function histogramBins(min: bigint, p99: bigint, max: bigint, counts: ReadonlyMap<number, number>, bins = HISTOGRAM_BINS): HistogramBin[] {
  const span = p99 - min + 1n;
  const b = BigInt(bins);
  const out: HistogramBin[] = [];
  for (let i = 1n; i <= b; i++) {
    const from = min + ceilDiv((i - 1n) * span, b);
    const to = min + ceilDiv(i * span, b);
    if (to > from) out.push({ fromNano: from.toString(), toNano: to.toString(), count: counts.get(Number(i)) ?? 0, aboveP99: false });
  }
  const above = counts.get(bins + 1) ?? 0;
  if (above > 0) out.push({ fromNano: (p99 + 1n).toString(), toNano: (max + 1n).toString(), count: above, aboveP99: true });
  return out;
}
