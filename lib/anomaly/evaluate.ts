// Precision and recall of a detector on labelled series, point-wise and per
// episode (docs/anomaly-detection.md, "Evaluation"). Pure.
import type { ScoredPoint } from "@/lib/anomaly/detect";
import { groupEpisodes } from "@/lib/anomaly/episodes";
import type { LabelledSeries } from "@/lib/anomaly/synthetic";

export type Scores = {
  /** point-wise: flagged and labelled / flagged and labelled normal / labelled but not flagged (immaterial points are not counted) */
  tp: number;
  fp: number;
  fn: number;
  /** per episode: injected anomalies, those with at least one flagged point, alarms raised, alarms that overlap an injected anomaly */
  labelled: number;
  detected: number;
  alarms: number;
  trueAlarms: number;
};

export const emptyScores = (): Scores => ({ tp: 0, fp: 0, fn: 0, labelled: 0, detected: 0, alarms: 0, trueAlarms: 0 });

export function addScores(a: Scores, b: Scores): Scores {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, labelled: a.labelled + b.labelled, detected: a.detected + b.detected, alarms: a.alarms + b.alarms, trueAlarms: a.trueAlarms + b.trueAlarms };
}

/** Score a detector's output (flagged timestamps) against one labelled series. */
export function scoreSeries(series: LabelledSeries, flaggedTimes: ReadonlySet<number>): Scores {
  const s = emptyScores();
  for (const p of series.points) {
    const flagged = flaggedTimes.has(p.t);
    if (p.label === true) {
      if (flagged) s.tp++;
      else s.fn++;
    }
    else if (p.label === false && flagged) s.fp++;
  }
  const inside = (t: number, w: { start: number; end: number }) => t >= w.start && t <= w.end;
  s.labelled = series.windows.length;
  s.detected = series.windows.filter((w) => [...flaggedTimes].some((t) => inside(t, w))).length;
  const points: ScoredPoint[] = series.points.map((p) => ({ t: p.t, value: p.value, expected: 0, score: 0, anomalous: flaggedTimes.has(p.t), baseline: "none" }));
  const episodes = groupEpisodes(points, { intervalMs: series.intervalMs });
  s.alarms = episodes.length;
  s.trueAlarms = episodes.filter((e) => series.windows.some((w) => e.start <= w.end && e.end >= w.start)).length;
  return s;
}

/** precision, recall (point-wise and per episode); null when undefined (nothing flagged, nothing labelled). */
export function rates(s: Scores) {
  const div = (a: number, b: number) => (b > 0 ? a / b : null);
  return {
    pointPrecision: div(s.tp, s.tp + s.fp),
    pointRecall: div(s.tp, s.tp + s.fn),
    episodePrecision: div(s.trueAlarms, s.alarms),
    episodeRecall: div(s.detected, s.labelled),
  };
}
