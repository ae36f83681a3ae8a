// Anomalous points → episodes (one alert per episode, not one per hour while a
// spike lasts) → alert text. Pure. Values are USD as numbers when called by the app.
import { detectAnomalies, DAY_MS, HOUR_MS, inferInterval, type ScoredPoint, type SeriesPoint } from "@/lib/anomaly/detect";
import { formatMoney } from "@/lib/format/number";
import { isolateText } from "@/lib/format/text";

/**
 * The app's minimum excess over expected, in USD, before a point may be anomalous:
 * an hour must cost $5 more than expected, a day $20 more. Below that, nobody is
 * paged however unusual the series looks (docs/anomaly-detection.md, "Minimum delta").
 */
export const DEFAULT_MIN_DELTA_USD = { hourly: 5, daily: 20 } as const;

export type Episode = {
  /** first and last anomalous point (epoch ms) */
  start: number;
  end: number;
  intervalMs: number;
  /** anomalous points in the episode */
  points: number;
  peakT: number;
  peakValue: number;
  /** sums over the anomalous points */
  expectedSum: number;
  actualSum: number;
  deltaSum: number;
  /** actualSum / expectedSum; null when nothing was expected */
  ratio: number | null;
  /** the series' last point is part of it: the episode may still grow */
  ongoing: boolean;
};

/**
 * Consecutive anomalous points form one episode; up to `maxGap` normal points
 * (default 1) between two anomalous ones do not split it, so one noisy hour in the
 * middle of a spike does not page twice.
 */
export function groupEpisodes(points: readonly ScoredPoint[], opts: { intervalMs: number; maxGap?: number }): Episode[] {
  const maxGap = opts.maxGap ?? 1;
  const sorted = [...points].sort((a, b) => a.t - b.t);
  const last = sorted.length ? sorted[sorted.length - 1].t : Number.NaN;
  const episodes: Episode[] = [];
  let current: Episode | null = null;
  for (const p of sorted) {
    if (!p.anomalous) continue;
    const gapPoints = current ? Math.round((p.t - current.end) / opts.intervalMs) - 1 : Infinity;
    if (!current || gapPoints > maxGap) {
      current = { start: p.t, end: p.t, intervalMs: opts.intervalMs, points: 0, peakT: p.t, peakValue: p.value, expectedSum: 0, actualSum: 0, deltaSum: 0, ratio: null, ongoing: false };
      episodes.push(current);
    }
    current.end = p.t;
    current.points += 1;
    if (p.value > current.peakValue) [current.peakT, current.peakValue] = [p.t, p.value];
    current.expectedSum += p.expected;
    current.actualSum += p.value;
    current.deltaSum += p.value - p.expected;
  }
  for (const ep of episodes) {
    ep.ratio = ep.expectedSum > 0 ? ep.actualSum / ep.expectedSum : null;
    ep.ongoing = ep.end === last;
  }
  return episodes;
}

export type FindEpisodesOptions = {
  intervalMs?: number;
  /** USD; defaults to DEFAULT_MIN_DELTA_USD for hourly and daily series, else 0 */
  minDelta?: number;
  /** points whose interval has not ended by `now` are incomplete and left out */
  now?: Date;
  threshold?: number;
};

/**
 * The app's entry point: a cost series (USD per hour or per day, missing buckets
 * passed as 0 when they mean "no spend") → its anomaly episodes, oldest first.
 */
export function findEpisodes(series: readonly SeriesPoint[], opts: FindEpisodesOptions = {}): Episode[] {
  if (series.length < 2) return [];
  const intervalMs = opts.intervalMs ?? inferInterval(series.map((p) => p.t));
  const complete = opts.now ? series.filter((p) => p.t + intervalMs <= opts.now!.getTime()) : series;
  const minDelta = opts.minDelta ?? defaultMinDelta(intervalMs);
  const scored = detectAnomalies(complete, { intervalMs, minDelta, threshold: opts.threshold });
  return groupEpisodes(scored, { intervalMs });
}

/** DEFAULT_MIN_DELTA_USD for hourly and daily series; 0 for other intervals. */
export function defaultMinDelta(intervalMs: number): number {
  if (intervalMs === HOUR_MS) return DEFAULT_MIN_DELTA_USD.hourly;
  if (intervalMs === DAY_MS) return DEFAULT_MIN_DELTA_USD.daily;
  return 0;
}

const usd = (v: number) => formatMoney(BigInt(Math.round(v * 1e9)));
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "13:00 UTC Dec 1" for sub-daily series, "Dec 1" for daily ones. */
function since(t: number, intervalMs: number): string {
  const d = new Date(t);
  const day = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  if (intervalMs >= DAY_MS) return day;
  return `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")} UTC ${day}`;
}

/**
 * Alert text for an episode. `subject` names what spent (a feature, team, model or
 * the org); names are isolated so direction controls in them cannot reverse the text.
 */
export function describeEpisode(ep: Episode, ctx: { subject: string; topModel?: string; topUser?: string }): { title: string; message: string } {
  const subject = isolateText(ctx.subject);
  const ratio = ep.ratio === null ? "" : ` (${ep.ratio.toFixed(ep.ratio >= 100 ? 0 : 1)}×)`;
  const top = [ctx.topModel ? `top model ${isolateText(ctx.topModel)}` : null, ctx.topUser ? `top user ${isolateText(ctx.topUser)}` : null].filter(Boolean);
  return {
    title: `Cost anomaly: ${subject} ${usd(ep.deltaSum)} above expected`,
    message: `${subject} spend ${usd(ep.actualSum)} vs ${usd(ep.expectedSum)} expected${ratio} since ${since(ep.start, ep.intervalMs)}${top.length ? ` — ${top.join(", ")}` : ""}`,
  };
}
