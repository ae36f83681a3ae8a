// Industry benchmark bands (docs/design.md §8) and where a value sits on them, pure
// and exact. The published bands leave gaps (COGS/revenue 25–40% is neither median
// nor low), so a value takes one of five positions, worst first:
//   low · below_median · median · above_median · elite
// Boundary rule: each band holds exactly what its published inequality says and a
// median range includes both ends. So, for COGS/revenue (> 40% | 15–25% | < 10%),
// exactly 40% is below_median, 25% and 15% are median, exactly 10% is above_median.
// Values are exact fractions (bigint numerator over denominator), so a boundary is
// never missed by rounding. Client-safe: no server imports.

export const METRIC_IDS = ["cogs_to_revenue", "cost_per_request", "routing_coverage", "profitable_share"] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export const POSITIONS = ["low", "below_median", "median", "above_median", "elite"] as const;
export type Position = (typeof POSITIONS)[number];

export const POSITION_LABELS: Record<Position, string> = {
  low: "Low",
  below_median: "Below median",
  median: "Median",
  above_median: "Above median",
  elite: "Elite",
};

/** The published bands; a "next step" always aims at the next one up. */
export type Band = "low" | "median" | "elite";

export type BandDef = {
  /** which direction is good */
  better: "lower" | "higher";
  /** percent points, or nano-USD */
  unit: "percent" | "usd";
  /** thresholds in `unit`: low is beyond `low`, median is [medianFrom, medianTo], elite is beyond `elite` */
  low: bigint;
  medianFrom: bigint;
  medianTo: bigint;
  elite: bigint;
};

const CENT = 10_000_000n; // nano-USD

export const BAND_DEFS: Record<MetricId, BandDef> = {
  cogs_to_revenue: { better: "lower", unit: "percent", low: 40n, medianFrom: 15n, medianTo: 25n, elite: 10n },
  cost_per_request: { better: "lower", unit: "usd", low: 10n * CENT, medianFrom: CENT, medianTo: 5n * CENT, elite: CENT / 2n },
  routing_coverage: { better: "higher", unit: "percent", low: 30n, medianFrom: 50n, medianTo: 70n, elite: 85n },
  profitable_share: { better: "higher", unit: "percent", low: 30n, medianFrom: 50n, medianTo: 60n, elite: 80n },
};

/** An exact value num / den in the metric's unit (den > 0): percent points or nano-USD. */
export type Ratio = { num: bigint; den: bigint };

/** The sign of value − threshold, exactly. */
export function compareTo(v: Ratio, threshold: bigint): -1 | 0 | 1 {
  const a = v.num;
  const b = threshold * v.den;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where a value sits on a metric's bands (see the boundary rule above). */
export function placeValue(def: BandDef, v: Ratio): Position {
  if (v.den <= 0n) throw new Error("a benchmark value needs a positive denominator");
  const c = (t: bigint) => compareTo(v, t);
  if (def.better === "lower") {
    if (c(def.elite) < 0) return "elite";
    if (c(def.medianFrom) < 0) return "above_median";
    if (c(def.medianTo) <= 0) return "median";
    if (c(def.low) <= 0) return "below_median";
    return "low";
  }
  if (c(def.elite) > 0) return "elite";
  if (c(def.medianTo) > 0) return "above_median";
  if (c(def.medianFrom) >= 0) return "median";
  if (c(def.low) >= 0) return "below_median";
  return "low";
}

/** The band one step up from a position (null at elite): below the median aims at the median, above it at elite. */
export function nextBand(p: Position): Exclude<Band, "low"> | null {
  if (p === "low" || p === "below_median") return "median";
  if (p === "median" || p === "above_median") return "elite";
  return null;
}

/**
 * The edge of a band to reach: its threshold, and whether reaching it means
 * strictly beyond it (elite) or at it inclusive (the median range's near end).
 */
export function bandTarget(def: BandDef, band: Exclude<Band, "low">): { threshold: bigint; strict: boolean } {
  if (band === "elite") return { threshold: def.elite, strict: true };
  return { threshold: def.better === "lower" ? def.medianTo : def.medianFrom, strict: false };
}

/** Ceiling of a / b for b > 0 (a may be negative). */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}

/** Floor of a / b for b > 0 (a may be negative). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}
