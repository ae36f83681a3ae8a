// Cost anomaly detector (docs/anomaly-detection.md). Pure: no database, no React.
// Values are plain numbers in any one unit (the app passes USD); `minDelta` is in
// the same unit. Only upward deviations count: a cost series that drops is not an
// incident anyone is paged for.
import { MAD_TO_SIGMA, mad, mean, median, quantile, weightedMedian } from "@/lib/anomaly/robust";

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

type Grid = { values: (number | null)[]; index: number[] };

/** Place points on a regular grid from the first timestamp; missing slots are null (unknown, not zero). */
function toGrid(series: readonly SeriesPoint[], intervalMs: number): Grid {
  const t0 = Math.min(...series.map((p) => p.t));
  const index = series.map((p) => Math.round((p.t - t0) / intervalMs));
  const values: (number | null)[] = new Array(Math.max(...index) + 1).fill(null);
  index.forEach((i, k) => (values[i] = series[k].value));
  return { values, index };
}

/** `mean` is the plain mean of the same values: on sparse slots a better rate estimate than the median (0). */
type Baseline = { kind: BaselineKind; expected: number; spread: number; mean: number; period?: number };

/**
 * Run the detector over a series (any order; one value per timestamp). Each point
 * is judged only on what came before it, so the result for a point does not
 * change when later points arrive.
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

  const { values, index } = toGrid(series, intervalMs);
  const excluded = new Array<boolean>(values.length).fill(false);
  const ratios: ({ ratio: number; weight: number } | null)[] = new Array(values.length).fill(null); // value / seasonal base, flagged points included
  const residuals: { up: number; rel: number | null; value: number; rate: number }[] = []; // judged, not anomalous
  const out: ScoredPoint[] = new Array(values.length);

  const usable = (j: number): number | null => (j >= 0 && !excluded[j] ? values[j] : null);

  const recentValues = (i: number): number[] => {
    const recent: number[] = [];
    for (let j = i - 1; j >= 0 && i - j <= recentWindow; j--) {
      const v = usable(j);
      if (v !== null) recent.push(v);
    }
    return recent;
  };
  // Without a seasonal profile (or a noise estimate) a busy afternoon looks like a
  // spike next to a quiet night, so only what clearly exceeds everything recent is
  // flagged: with the default threshold, about twice the recent maximum above the median.
  const rangeScale = (recent: number[]) => (recent.length ? (Math.max(...recent) - median(recent)) / 2 : 0);

  const baselineAt = (i: number): Baseline => {
    for (const p of periods) {
      const slot: number[] = [];
      for (let k = 1; k <= 2 * SEASONS_BACK && slot.length < SEASONS_BACK && i - k * p >= 0; k++) {
        const v = usable(i - k * p);
        if (v !== null) slot.push(v);
      }
      // the range term matters on sparse slots (mostly zero, MAD 0): never flag less than
      // about twice what the same slot already reached in recent weeks
      if (slot.length >= MIN_SEASON_POINTS) return { kind: "seasonal", period: p, expected: median(slot), spread: Math.max(MAD_TO_SIGMA * mad(slot), rangeScale(slot)), mean: mean(slot) };
    }
    const recent = recentValues(i);
    if (recent.length < Math.ceil(0.75 * recentWindow)) return { kind: "none", expected: Number.NaN, spread: Number.NaN, mean: Number.NaN };
    const center = median(recent);
    return { kind: "recent", expected: center, spread: Math.max(MAD_TO_SIGMA * mad(recent, center), rangeScale(recent)), mean: mean(recent) };
  };

  // Up-only level factor: the median ratio of actual to seasonal base over the level
  // window, flagged points included and weighted by the base (so busy hours count
  // for more than near-empty night hours). A persisting step up, or steady growth, is
  // accepted once it holds about half the window; a short spike cannot move it and a
  // quiet holiday cannot lower the baseline for the normal day after it.
  const levelAt = (i: number): number => {
    const r: { ratio: number; weight: number }[] = [];
    for (let j = Math.max(0, i - levelWindow); j < i; j++) if (ratios[j]) r.push(ratios[j]!);
    return r.length >= levelWindow / 2 ? Math.max(1, weightedMedian(r)) : 1;
  };

  // Noise pooled over recent normal points: a relative scale (multiplicative noise,
  // busy series) and a count scale (few requests an hour). The window ends a level
  // window ago so a developing ramp cannot widen its own noise band, and is
  // recomputed every few points only: it moves slowly and sorting it is the hot path.
  let noise = { at: -Infinity, relScale: 0, countRatio: Number.NaN, recentLevel: Number.NaN };
  const refresh = Math.max(1, Math.round(pointsPerDay / 8));
  const noiseAt = (i: number) => {
    if (i - noise.at < refresh) return noise;
    const lagged = Math.max(0, residuals.length - levelWindow);
    const recent = lagged >= 24 ? residuals.slice(Math.max(0, lagged - noiseWindow), lagged) : residuals.slice(-noiseWindow);
    const rel = recent.flatMap((r) => (r.rel === null ? [] : [r.rel]));
    const recentLevel = recent.length ? mean(recent.map((r) => r.value)) : Number.NaN;
    // Count noise grows with the rate, not with its square, so rises are scaled by
    // √rate; the scale comes from their upper tail, not a median: on a sparse series
    // most hours are exactly as expected (0) while a few requests make heavy jumps.
    // On a busy series this term stays below the relative one except in empty hours.
    const root = (e: number) => Math.sqrt(Math.max(e, 0.1 * recentLevel));
    noise = {
      at: i,
      relScale: rel.length >= 24 ? MAD_TO_SIGMA * median(rel) : 0,
      countRatio: recent.length >= 24 ? quantile(recent.map((r) => r.up / root(r.rate)), 0.995) / Z_995 : Number.NaN,
      recentLevel,
    };
    return noise;
  };

  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null) continue;
    const base = baselineAt(i);
    if (base.kind === "none") {
      out[i] = { t: 0, value, expected: value, score: 0, anomalous: false, baseline: "none" };
      continue;
    }
    const level = base.kind === "seasonal" ? levelAt(i) : 1;
    const expected = base.expected * level;
    const rate = Math.max(expected, base.mean * level);
    const { relScale, countRatio, recentLevel } = noiseAt(i);
    const countScale = Number.isNaN(countRatio) ? rangeScale(recentValues(i)) : countRatio * Math.sqrt(Math.max(rate, 0.1 * recentLevel));
    const spread = Math.max(base.spread * level, relScale * expected, countScale, REL_SPREAD_FLOOR * Math.max(expected, Number.isNaN(recentLevel) ? expected : recentLevel), 1e-12);
    const delta = value - expected;
    const score = delta / spread;
    const anomalous = score >= threshold && delta >= minDelta && delta > 0;
    out[i] = { t: 0, value, expected, score, anomalous, baseline: base.kind, ...(base.period ? { period: base.period } : {}) };
    if (base.kind === "seasonal" && base.expected > 0) ratios[i] = { ratio: value / base.expected, weight: base.expected };
    if (anomalous) excluded[i] = true;
    // residuals of the recent-window fallback are unmodelled seasonality, not noise
    else if (base.kind === "seasonal") residuals.push({ rate, up: Math.max(0, delta), rel: expected > 0 ? Math.abs(delta) / expected : null, value });
  }
  return series.map((p, k) => ({ ...out[index[k]], t: p.t }));
}
