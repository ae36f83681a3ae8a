// Cost anomaly detector (docs/anomaly-detection.md). Pure: no database, no React.
// Values are plain numbers in any one unit (the app passes USD); `minDelta` is in
// the same unit. Only upward deviations count: a cost series that drops is not an
// incident anyone is paged for.
import { MAD_TO_SIGMA, median } from "@/lib/anomaly/robust";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

export type SeriesPoint = { t: number; value: number };

/** Which baseline judged a point: a seasonal slot (period in points), the recent window, or none yet. */
export type BaselineKind = "seasonal" | "recent" | "none";

export type ScoredPoint = SeriesPoint & {
  expected: number;
  /** robust standard deviations above expected (0 when the point was not judged) */
  score: number;
  anomalous: boolean;
  baseline: BaselineKind;
  /** the seasonal period (in points) the baseline used, when seasonal */
  period?: number;
};

export type DetectOptions = {
  /** the series' interval; inferred from the timestamps when omitted */
  intervalMs?: number;
  /** smallest excess over expected that may be anomalous, in the values' unit (default 0) */
  minDelta?: number;
  /** robust sigmas above expected (default DEFAULT_THRESHOLD) */
  threshold?: number;
  /** seasonal periods in points, longest first (default: inferSeasonPeriods) */
  periods?: readonly number[];
};

export const DEFAULT_THRESHOLD = 4.5;
/** Same-slot values a seasonal baseline uses (six weeks for hour-of-week). */
const SEASONS_BACK = 6;
/** Fewer same-slot values than this and the next shorter period (or the recent window) is used. */
const MIN_SEASON_POINTS = 3;
/** The spread is never below this share of the expected value or recent level: a flat series must not make every wiggle infinite. */
const REL_SPREAD_FLOOR = 0.05;
/** The standard normal's one-sided 99.5% quantile: turns a 99.5th-percentile rise into a sigma. */
const Z_995 = 2.576;
/**
 * Count-aware floor for sparse series (at least Q_ZERO of recent hours empty): cost
 * is requests × price, so a "quantum" (Q_PCT quantile of the non-zero values: about
 * one request's cost) and the expected request count μ = rate / quantum give a
 * Poisson-like spread of Q_K · quantum · √max(μ, Q_MIN_COUNT). With the default
 * threshold a sparse slot must rise by about 13 quanta before it is flagged: a few
 * requests landing in a usually empty hour are not an anomaly.
 */
const Q_ZERO = 0.1;
const Q_PCT = 0.25;
const Q_MIN_COUNT = 2;
const Q_K = 2;

/** The series' interval in ms: the median gap between consecutive timestamps. */
export function inferInterval(timestamps: readonly number[]): number {
  const sorted = [...timestamps].sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i] > sorted[i - 1]) gaps.push(sorted[i] - sorted[i - 1]);
  if (gaps.length === 0) throw new Error("cannot infer an interval from fewer than two distinct timestamps");
  return median(gaps);
}

/**
 * Seasonal periods in points, longest first: points per week and points per day
 * where the interval divides them (hourly → [168, 24], daily → [7], 15 min →
 * [672, 96]). The longer period is used once enough weeks of history exist; the
 * shorter one is the fallback for short histories. Empty when neither divides.
 */
export function inferSeasonPeriods(intervalMs: number): number[] {
  const periods: number[] = [];
  for (const span of [WEEK_MS, DAY_MS]) {
    const p = span / intervalMs;
    if (Number.isInteger(p) && p > 1) periods.push(p);
  }
  return periods;
}

/** `mean` is the plain mean of the same values: on sparse slots a better rate estimate than the median (0). */
type Baseline = { kind: BaselineKind; expected: number; spread: number; mean: number; period?: number };

/** Place points on a regular grid from the first timestamp; missing slots are not present (unknown, not zero). */
function toGrid(series: readonly SeriesPoint[], intervalMs: number) {
  let t0 = Infinity;
  for (const p of series) if (p.t < t0) t0 = p.t;
  const index = series.map((p) => Math.round((p.t - t0) / intervalMs));
  let last = 0;
  for (const i of index) if (i > last) last = i;
  const values = new Float64Array(last + 1);
  const present = new Uint8Array(last + 1);
  index.forEach((i, k) => {
    values[i] = series[k].value;
    present[i] = 1;
  });
  return { values, present, index };
}

/** Sort a[0..n) in place (n is small: a seasonal slot or a recent window). */
function insertionSort(a: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

const sortedMedian = (a: ArrayLike<number>, n: number) => (n % 2 ? a[n >> 1] : (a[(n >> 1) - 1] + a[n >> 1]) / 2);

/** The first index in sorted a[0..n) whose value is greater than x (insert after equals). */
function upperBound(a: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in sorted a[0..n) whose value is not below x. */
function lowerBound(a: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A multiset of numbers kept sorted (a sliding window's values): O(log n) search, a memmove per change. */
class SortedWindow {
  values: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.values = new Float64Array(Math.max(1, capacity));
  }
  add(x: number): void {
    const at = upperBound(this.values, this.size, x);
    this.values.copyWithin(at + 1, at, this.size);
    this.values[at] = x;
    this.size++;
  }
  remove(x: number): void {
    const at = lowerBound(this.values, this.size, x);
    this.values.copyWithin(at, at + 1, this.size);
    this.size--;
  }
  clear(): void {
    this.size = 0;
  }
}

/**
 * Run the detector over a series (any order; one value per timestamp). Each point
 * is judged only on what came before it, so the result for a point does not
 * change when later points arrive.
 *
 * Cost is linear in the series' length: a seasonal slot holds at most
 * SEASONS_BACK values, the level window is kept sorted as it slides, and the
 * pooled noise scales use a sorted sliding window (the median) and a bounded
 * top-k scan (the upper quantile) rather than sorting their window per point.
 */
export function detectAnomalies(series: readonly SeriesPoint[], opts: DetectOptions = {}): ScoredPoint[] {
  if (series.length === 0) return [];
  const intervalMs = opts.intervalMs ?? (series.length > 1 ? inferInterval(series.map((p) => p.t)) : HOUR_MS);
  const periods = [...(opts.periods ?? inferSeasonPeriods(intervalMs))].sort((a, b) => b - a);
  const minDelta = opts.minDelta ?? 0;
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const pointsPerDay = Math.max(1, Math.round(DAY_MS / intervalMs));
  // the level window: a new level is accepted once it has held for half of it (a day for hourly series)
  const levelWindow = Math.max(2 * pointsPerDay, 7);
  // the window the noise scales are pooled over (four weeks of hourly points, eight of daily
  // ones), ending a level window ago so a developing ramp cannot widen its own noise band
  const noiseWindow = Math.min(2000, Math.max(Math.round((4 * WEEK_MS) / intervalMs), 56));
  // the recent window the short-history fallback uses
  const recentWindow = Math.max(periods[periods.length - 1] ?? 0, 14);

  const { values, present, index } = toGrid(series, intervalMs);
  const n = values.length;
  const excluded = new Uint8Array(n);
  // value / seasonal base (flagged points included) and the base as its weight; weight 0: none
  const ratio = new Float64Array(n);
  const ratioWeight = new Float64Array(n);
  // residuals of judged, non-anomalous seasonal points, in order (struct of arrays)
  const resUp = new Float64Array(n);
  const resRel = new Float64Array(n); // NaN: nothing expected
  const resValue = new Float64Array(n);
  const resRate = new Float64Array(n);
  let resCount = 0;
  const out: ScoredPoint[] = new Array(n);

  const usable = (j: number) => j >= 0 && present[j] === 1 && excluded[j] === 0;

  // scratch buffers, reused for every point
  const slot = new Float64Array(SEASONS_BACK);
  const slotSorted = new Float64Array(SEASONS_BACK);
  const recent = new Float64Array(recentWindow);
  const recentSorted = new Float64Array(recentWindow);
  const deviations = new Float64Array(Math.max(SEASONS_BACK, recentWindow));

  /** Median, MAD around `center` (the median unless given) and max of a[0..k), via the sorted copy. */
  const spreadOf = (a: Float64Array, sorted: Float64Array, k: number, center?: number) => {
    sorted.set(a.subarray(0, k));
    insertionSort(sorted, k);
    const med = sortedMedian(sorted, k);
    const c = center ?? med;
    for (let m = 0; m < k; m++) deviations[m] = Math.abs(a[m] - c);
    insertionSort(deviations, k);
    return { median: med, mad: sortedMedian(deviations, k), max: sorted[k - 1] };
  };

  /** The usable values of the recent window, newest first, into `recent`; returns how many. */
  const collectRecent = (i: number): number => {
    let k = 0;
    for (let j = i - 1; j >= 0 && i - j <= recentWindow; j--) if (usable(j)) recent[k++] = values[j];
    return k;
  };
  // Without a seasonal profile (or a noise estimate) a busy afternoon looks like a
  // spike next to a quiet night, so only what clearly exceeds everything recent is
  // flagged: with the default threshold, about twice the recent maximum above the median.
  const recentRangeScale = (i: number): number => {
    const k = collectRecent(i);
    if (k === 0) return 0;
    recentSorted.set(recent.subarray(0, k));
    insertionSort(recentSorted, k);
    return (recentSorted[k - 1] - sortedMedian(recentSorted, k)) / 2;
  };

  const none: Baseline = { kind: "none", expected: Number.NaN, spread: Number.NaN, mean: Number.NaN };
  const baselineAt = (i: number): Baseline => {
    for (const p of periods) {
      let k = 0;
      let sum = 0;
      for (let back = 1; back <= 2 * SEASONS_BACK && k < SEASONS_BACK && i - back * p >= 0; back++) {
        const j = i - back * p;
        if (usable(j)) {
          slot[k++] = values[j];
          sum += values[j];
        }
      }
      // the range term matters on sparse slots (mostly zero, MAD 0): never flag less than
      // about twice what the same slot already reached in recent weeks
      if (k >= MIN_SEASON_POINTS) {
        const s = spreadOf(slot, slotSorted, k);
        return { kind: "seasonal", period: p, expected: s.median, spread: Math.max(MAD_TO_SIGMA * s.mad, (s.max - s.median) / 2), mean: sum / k };
      }
    }
    const k = collectRecent(i);
    if (k < Math.ceil(0.75 * recentWindow)) return none;
    let sum = 0;
    for (let m = 0; m < k; m++) sum += recent[m];
    const s = spreadOf(recent, recentSorted, k);
    return { kind: "recent", expected: s.median, spread: Math.max(MAD_TO_SIGMA * s.mad, (s.max - s.median) / 2), mean: sum / k };
  };

  // Up-only level factor: the median ratio of actual to seasonal base over the level
  // window, flagged points included and weighted by the base (so busy hours count
  // for more than near-empty night hours). A persisting step up, or steady growth, is
  // accepted once it holds about half the window; a short spike cannot move it and a
  // quiet holiday cannot lower the baseline for the normal day after it.
  // The window's entries are kept sorted by ratio (ties in arrival order) as it slides.
  const levelRatios = new Float64Array(levelWindow);
  const levelIdx = new Int32Array(levelWindow);
  let levelSize = 0;
  const levelAdd = (j: number) => {
    const at = upperBound(levelRatios, levelSize, ratio[j]);
    levelRatios.copyWithin(at + 1, at, levelSize);
    levelIdx.copyWithin(at + 1, at, levelSize);
    levelRatios[at] = ratio[j];
    levelIdx[at] = j;
    levelSize++;
  };
  const levelRemove = (j: number) => {
    let at = lowerBound(levelRatios, levelSize, ratio[j]);
    while (levelIdx[at] !== j) at++;
    levelRatios.copyWithin(at, at + 1, levelSize);
    levelIdx.copyWithin(at, at + 1, levelSize);
    levelSize--;
  };
  const levelAt = (): number => {
    if (levelSize < levelWindow / 2) return 1;
    let total = 0;
    for (let m = 0; m < levelSize; m++) total += ratioWeight[levelIdx[m]];
    const half = total / 2;
    let acc = 0;
    for (let m = 0; m < levelSize; m++) {
      acc += ratioWeight[levelIdx[m]];
      if (acc >= half) return Math.max(1, levelRatios[m]);
    }
    return 1;
  };

  // Noise pooled over recent normal points: a relative scale (multiplicative noise,
  // busy series) and a count scale (few requests an hour). The window ends a level
  // window ago so a developing ramp cannot widen its own noise band, and is
  // recomputed every few points only: it moves slowly.
  let noise = { at: -Infinity, relScale: 0, countRatio: Number.NaN, recentLevel: Number.NaN, quantum: 0 };
  const refresh = Math.max(1, Math.round(pointsPerDay / 8));
  const relWindow = new SortedWindow(noiseWindow);
  let winFrom = 0;
  let winTo = 0;
  // the window's non-zero values, sorted, and how many are zero: the quantum estimate
  const nonZero = new SortedWindow(noiseWindow);
  let zeros = 0;
  const relAdd = (j: number) => {
    if (!Number.isNaN(resRel[j])) relWindow.add(resRel[j]);
    if (resValue[j] === 0) zeros++;
    else nonZero.add(resValue[j]);
  };
  const relRemove = (j: number) => {
    if (!Number.isNaN(resRel[j])) relWindow.remove(resRel[j]);
    if (resValue[j] === 0) zeros--;
    else nonZero.remove(resValue[j]);
  };
  const top = new Float64Array(16);
  // NaN (0/0: nothing expected, nothing recent) sorts last, as in a typed-array sort
  const above = (x: number, y: number) => (Number.isNaN(x) ? !Number.isNaN(y) : x > y);
  const noiseAt = (i: number) => {
    if (i - noise.at < refresh) return noise;
    const lagged = Math.max(0, resCount - levelWindow);
    const [from, to] = lagged >= 24 ? [Math.max(0, lagged - noiseWindow), lagged] : [Math.max(0, resCount - noiseWindow), resCount];
    if (from < winFrom || to < winTo) {
      relWindow.clear();
      nonZero.clear();
      zeros = 0;
      for (let j = from; j < to; j++) relAdd(j);
    } else {
      for (let j = winFrom; j < Math.min(from, winTo); j++) relRemove(j);
      for (let j = Math.max(from, winTo); j < to; j++) relAdd(j);
    }
    [winFrom, winTo] = [from, to];
    const size = to - from;
    let sum = 0;
    for (let j = from; j < to; j++) sum += resValue[j];
    const recentLevel = size ? sum / size : Number.NaN;
    // Count noise grows with the rate, not with its square, so rises are scaled by
    // √rate; the scale comes from their upper tail, not a median: on a sparse series
    // most hours are exactly as expected (0) while a few requests make heavy jumps.
    // On a busy series this term stays below the relative one except in empty hours.
    let countRatio = Number.NaN;
    if (size >= 24) {
      // the 99.5th percentile (linear interpolation) needs only the largest few values
      const pos = (size - 1) * 0.995;
      const lo = Math.floor(pos);
      const keep = size - lo; // sorted[lo] is the keep-th largest
      let kept = 0;
      const floor = 0.1 * recentLevel;
      for (let j = from; j < to; j++) {
        const x = resUp[j] / Math.sqrt(Math.max(resRate[j], floor));
        if (kept === keep && !above(x, top[kept - 1])) continue;
        let m = kept < keep ? kept++ : kept - 1;
        while (m > 0 && above(x, top[m - 1])) {
          top[m] = top[m - 1];
          m--;
        }
        top[m] = x;
      }
      const a = top[keep - 1];
      const b = top[Math.max(keep - 2, 0)];
      countRatio = (a + (b - a) * (pos - lo)) / Z_995;
    }
    let quantum = 0;
    if (size >= 24) {
      if (zeros >= Q_ZERO * size && nonZero.size > 0) quantum = nonZero.values[Math.floor(Q_PCT * (nonZero.size - 1))];
    } else {
      // before there are seasonal residuals (the first days): every earlier point
      const early: number[] = [];
      let earlyZeros = 0;
      for (let j = 0; j < i; j++) {
        if (!present[j]) continue;
        if (values[j] === 0) earlyZeros++;
        else early.push(values[j]);
      }
      if (earlyZeros + early.length >= 12 && earlyZeros >= Q_ZERO * (earlyZeros + early.length) && early.length > 0) quantum = Float64Array.from(early).sort()[Math.floor(Q_PCT * (early.length - 1))];
    }
    noise = { at: i, relScale: relWindow.size >= 24 ? MAD_TO_SIGMA * sortedMedian(relWindow.values, relWindow.size) : 0, countRatio, recentLevel, quantum };
    return noise;
  };

  for (let i = 0; i < n; i++) {
    // slide the level window to [i − levelWindow, i)
    if (i - 1 - levelWindow >= 0 && ratioWeight[i - 1 - levelWindow] > 0) levelRemove(i - 1 - levelWindow);
    if (i >= 1 && ratioWeight[i - 1] > 0) levelAdd(i - 1);
    if (!present[i]) continue;
    const value = values[i];
    const base = baselineAt(i);
    if (base.kind === "none") {
      out[i] = { t: 0, value, expected: value, score: 0, anomalous: false, baseline: "none" };
      continue;
    }
    const level = base.kind === "seasonal" ? levelAt() : 1;
    const expected = base.expected * level;
    const rate = Math.max(expected, base.mean * level);
    const { relScale, countRatio, recentLevel, quantum } = noiseAt(i);
    const quantumScale = quantum > 0 ? quantum * Math.sqrt(Math.max(rate / quantum, Q_MIN_COUNT)) * Q_K : 0;
    const countScale = Number.isNaN(countRatio) ? recentRangeScale(i) : countRatio * Math.sqrt(Math.max(rate, 0.1 * recentLevel));
    const spread = Math.max(base.spread * level, relScale * expected, countScale, quantumScale, REL_SPREAD_FLOOR * Math.max(expected, Number.isNaN(recentLevel) ? expected : recentLevel), 1e-12);
    const delta = value - expected;
    const score = delta / spread;
    const anomalous = score >= threshold && delta >= minDelta && delta > 0;
    out[i] = { t: 0, value, expected, score, anomalous, baseline: base.kind, ...(base.period ? { period: base.period } : {}) };
    if (base.kind === "seasonal" && base.expected > 0) {
      ratio[i] = value / base.expected;
      ratioWeight[i] = base.expected;
    }
    if (anomalous) excluded[i] = 1;
    // residuals of the recent-window fallback are unmodelled seasonality, not noise
    else if (base.kind === "seasonal") {
      resUp[resCount] = Math.max(0, delta);
      resRel[resCount] = expected > 0 ? Math.abs(delta) / expected : Number.NaN;
      resValue[resCount] = value;
      resRate[resCount] = rate;
      resCount++;
    }
  }
  return series.map((p, k) => ({ ...out[index[k]], t: p.t }));
}
