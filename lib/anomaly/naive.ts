// The naive baseline the detector is compared with (docs/anomaly-detection.md):
// mean + 3 standard deviations over a trailing window, no seasonality, no
// robustness. Pure; same output shape as detectAnomalies so both are scored alike.
import { inferInterval, WEEK_MS, type ScoredPoint, type SeriesPoint } from "@/lib/anomaly/detect";
import { mean, stddev } from "@/lib/anomaly/robust";

export type NaiveOptions = { intervalMs?: number; minDelta?: number; sigmas?: number; window?: number };

/** Flag points above mean + 3σ of the previous `window` points (default one week of points, at least 28). */
export function detectNaive(series: readonly SeriesPoint[], opts: NaiveOptions = {}): ScoredPoint[] {
  const sorted = [...series].sort((a, b) => a.t - b.t);
  if (sorted.length < 2) return sorted.map((p) => ({ ...p, expected: p.value, score: 0, anomalous: false, baseline: "none" }));
  const intervalMs = opts.intervalMs ?? inferInterval(sorted.map((p) => p.t));
  const window = opts.window ?? Math.max(Math.round(WEEK_MS / intervalMs), 28);
  const sigmas = opts.sigmas ?? 3;
  const minDelta = opts.minDelta ?? 0;
  return sorted.map((p, i) => {
    const past = sorted.slice(Math.max(0, i - window), i).map((q) => q.value);
    if (past.length < window / 2) return { ...p, expected: p.value, score: 0, anomalous: false, baseline: "none" };
    const m = mean(past);
    const sd = stddev(past, m);
    const score = sd > 0 ? (p.value - m) / sd : p.value > m ? Infinity : 0;
    return { ...p, expected: m, score, anomalous: score > sigmas && p.value - m >= minDelta, baseline: "recent" };
  });
}
