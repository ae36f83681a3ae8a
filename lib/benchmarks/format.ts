// How benchmark values and bands are written for people. A value is shown with
// enough digits that it never prints like a band edge it is not on: 25.04% is
// "25.04%", not "25.0%" beside a "15–25%" median it is outside of.
import { formatMoney } from "@/lib/format/number";
import { NANO_PER_USD, nanoToUsd, nanoToUsdString } from "@/lib/money";
import { compareTo, type BandDef, type Position, type Ratio } from "@/lib/benchmarks/bands";

/** A threshold as written in the bands: "40%", "$0.10", "$0.005". */
export function formatThreshold(def: BandDef, t: bigint): string {
  return def.unit === "percent" ? `${t}%` : `$${nanoToUsdString(t)}`;
}

/** The three published bands as labels: { low: "> 40%", median: "15–25%", elite: "< 10%" }. */
export function bandLabels(def: BandDef): { low: string; median: string; elite: string } {
  const [worse, better] = def.better === "lower" ? [">", "<"] : ["<", ">"];
  const t = (x: bigint) => formatThreshold(def, x);
  return { low: `${worse} ${t(def.low)}`, median: def.unit === "percent" ? `${def.medianFrom}–${def.medianTo}%` : `${t(def.medianFrom)}–${t(def.medianTo)}`, elite: `${better} ${t(def.elite)}` };
}

/** The thresholds as plain numbers in the value's unit (percent, or USD). */
export function bandNumbers(def: BandDef) {
  const n = (x: bigint) => (def.unit === "percent" ? Number(x) : nanoToUsd(x));
  return { better: def.better, low: n(def.low), median: [n(def.medianFrom), n(def.medianTo)] as [number, number], elite: n(def.elite), labels: bandLabels(def) };
}

/** round(num × 10^digits / den), half up, for num ≥ 0. */
export function roundScaled(v: Ratio, digits: number): bigint {
  const scaled = v.num * 10n ** BigInt(digits) * 2n;
  return (scaled / v.den + 1n) / 2n;
}

/** A percent value with 2 decimals as a number (for the API). */
export const percentValue = (v: Ratio) => Number(roundScaled(v, 2)) / 100;

const thresholds = (def: BandDef) => [def.low, def.medianFrom, def.medianTo, def.elite];

/** "32.1%", or more decimals where one would print a band edge the value is not on. */
export function formatPercentValue(def: BandDef, v: Ratio): string {
  for (let d = 1; ; d++) {
    const r = roundScaled(v, d);
    const clash = thresholds(def).some((t) => r === t * 10n ** BigInt(d) && compareTo(v, t) !== 0);
    if (!clash || d === 4) return `${(Number(r) / 10 ** d).toFixed(d)}%`;
  }
}

/** nano-USD rounded half up to two significant digits. */
function twoSignificant(nano: bigint): bigint {
  const len = nano.toString().length;
  if (len <= 2) return nano;
  const f = 10n ** BigInt(len - 2);
  return ((nano + f / 2n) / f) * f;
}

/**
 * A cost per request: two significant digits below $1 ("$0.012", "$0.0042"), the
 * usual money format above; every digit to the nano where two would print a band edge.
 */
export function formatUsdValue(def: BandDef, nano: bigint, exact: Ratio): string {
  if (nano >= NANO_PER_USD) return formatMoney(nano);
  const short = twoSignificant(nano);
  const clash = thresholds(def).some((t) => short === t && compareTo(exact, t) !== 0);
  return `$${nanoToUsdString(clash ? nano : short)}`;
}

/** Where the position sits, in words: "below the median band (15–25%) but not yet low (> 40%)". */
export function positionPhrase(def: BandDef, p: Position): string {
  const l = bandLabels(def);
  switch (p) {
    case "low":
      return `in the low band (${l.low})`;
    case "below_median":
      return `below the median band (${l.median}) but not in the low band (${l.low})`;
    case "median":
      return `within the median band (${l.median})`;
    case "above_median":
      return `better than the median band (${l.median}), short of elite (${l.elite})`;
    case "elite":
      return `in the elite band (${l.elite})`;
  }
}

/** "A", "A and B", "A, B and C", "A, B, C and 1 other", "A, B, C and 2 others". */
export function listNames(names: string[], max = 3): string {
  if (names.length > max) {
    const rest = names.length - max;
    return `${names.slice(0, max).join(", ")} and ${rest} other${rest === 1 ? "" : "s"}`;
  }
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
