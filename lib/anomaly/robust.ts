// Small robust statistics shared by the detectors. Pure.

/** Scales a median absolute deviation to a normal standard deviation. */
export const MAD_TO_SIGMA = 1.4826;

/** Median of a non-empty list (the mean of the middle two for an even length); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort(); // typed arrays sort numerically, and fast
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median absolute deviation from `center` (the median unless given). */
export function mad(values: readonly number[], center = median(values)): number {
  return median(values.map((v) => Math.abs(v - center)));
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : Number.NaN;
}

/** Population standard deviation. */
export function stddev(values: readonly number[], m = mean(values)): number {
  return values.length ? Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / values.length) : Number.NaN;
}

/** The ratio at which half the total weight lies below (lower weighted median); NaN when empty. */
export function weightedMedian(items: readonly { ratio: number; weight: number }[]): number {
  const sorted = [...items].sort((a, b) => a.ratio - b.ratio);
  const half = sorted.reduce((s, x) => s + x.weight, 0) / 2;
  let acc = 0;
  for (const x of sorted) {
    acc += x.weight;
    if (acc >= half) return x.ratio;
  }
  return Number.NaN;
}

/** The q-quantile (0..1) with linear interpolation between order statistics; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (pos - lo);
}
