// The cost-vs-quality scatter (one point per model) of the quality page: cost per
// request in USD on x (log scale when the models span decades), mean score on y,
// requests as point size, tier colours, and the efficient frontier as a line.
import type { ChartTable } from "@/components/charts/chart-frame";
import { TIER_COLORS } from "@/lib/charts/colors";
import { formatCount, formatMoney } from "@/lib/format/number";
import { isolateText } from "@/lib/format/text";
import { nanoToUsd } from "@/lib/money";
import { TIERS, type Tier } from "@/lib/pricing/tiers";
import type { QualityModel } from "@/lib/quality/schemas";

export type QualityPoint = { key: string; label: string; tier: Tier | null; costNano: string; usd: number; score: number; requests: number; efficient: boolean };
export type QualitySeries = { key: Tier | "unknown"; label: string; color: string; points: QualityPoint[] };
export type Axis = { scale: "log" | "linear"; ticks: number[]; domain: [number, number] };

/** x spans at least this factor (max / min) before it is drawn on a log scale. */
export const LOG_SCALE_FROM = 20;

/**
 * x ticks: a log scale with 1-2-5 steps (decades only past 3 decades) when the
 * values span LOG_SCALE_FROM× or more and none is 0 (a free model has no place on
 * a log axis); else nice linear steps from 0.
 */
export function costAxis(values: readonly number[]): Axis {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return { scale: "linear", ticks: [0, 1], domain: [0, 1] };
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  if (max / min >= LOG_SCALE_FROM && positive.length === values.length) {
    // 1-2-5 × 10^k steps around the data; the ends are the nearest steps outside it
    const steps: number[] = [];
    for (let e = Math.floor(Math.log10(min)) - 1; e <= Math.ceil(Math.log10(max)); e++) for (const s of [1, 2, 5]) steps.push(Number((s * 10 ** e).toPrecision(1)));
    const lo = steps.filter((v) => v <= min * (1 + 1e-9)).at(-1)!;
    const hi = steps.find((v) => v >= max * (1 - 1e-9))!;
    const decades = Math.log10(hi / lo);
    const powerOf10 = (v: number) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9;
    // past three decades, only the decades (and the ends) are labelled
    const ticks = steps.filter((v) => v >= lo && v <= hi && (decades <= 3 || v === lo || v === hi || powerOf10(v)));
    return { scale: "log", ticks, domain: [lo, hi] };
  }
  // linear from 0: a few nice steps of 1, 2 or 5 × 10^k
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw)!;
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Number(v.toPrecision(6)));
  return { scale: "linear", ticks, domain: [0, ticks[ticks.length - 1]] };
}

const TICK = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumSignificantDigits: 2 });
/** A log-axis cost tick with only the digits it has: $0.00005, $0.001, $0.2, $1. */
export const formatCostTick = (usd: number) => TICK.format(usd);

/** Mean scores (0–1) on a 0.05 or 0.1 grid around the data, never past 0 or 1. */
export function scoreAxis(scores: readonly number[]): Axis {
  if (scores.length === 0) return { scale: "linear", ticks: [0, 0.5, 1], domain: [0, 1] };
  const span = Math.max(...scores) - Math.min(...scores);
  const step = span <= 0.3 ? 0.05 : 0.1;
  const lo = Math.max(0, Math.floor((Math.min(...scores) - step / 2) / step) * step);
  const hi = Math.min(1, Math.ceil((Math.max(...scores) + step / 2) / step) * step);
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toFixed(2)));
  return { scale: "linear", ticks, domain: [ticks[0], ticks[ticks.length - 1]] };
}

const TIER_LABEL: Record<Tier | "unknown", string> = { small: "Small tier", mid: "Mid tier", frontier: "Frontier tier", unknown: "No tier" };

/**
 * The scatter: models with both a positive cost per request and a score, one series per tier
 * (cheapest first, stable tier colours), the efficient models as a line by cost,
 * and the models left out (no price or no score) counted.
 */
export function prepareCostQuality(models: readonly QualityModel[]) {
  const points: QualityPoint[] = models
    // a model without token cost (self-hosted: its cost is elsewhere) has no place on a per-request cost axis
    .filter((m) => m.costPerRequestNano !== null && BigInt(m.costPerRequestNano) > 0n && m.meanScore !== null)
    .map((m) => ({
      key: `${m.provider}/${m.model}`,
      label: isolateText(m.model),
      tier: m.tier,
      costNano: m.costPerRequestNano!,
      usd: nanoToUsd(m.costPerRequestNano!),
      score: m.meanScore!,
      requests: m.requests,
      efficient: m.efficient,
    }));
  const series: QualitySeries[] = [...TIERS, "unknown" as const]
    .map((t) => ({ key: t, label: TIER_LABEL[t], color: TIER_COLORS[t], points: points.filter((p) => (p.tier ?? "unknown") === t) }))
    .filter((s) => s.points.length > 0);
  const frontier = points.filter((p) => p.efficient).sort((a, b) => a.usd - b.usd || a.score - b.score);
  const table: ChartTable = {
    columns: ["Model", "Tier", "Cost / request", "Mean score", "Requests", "Efficient"],
    rows: [...points].sort((a, b) => a.usd - b.usd).map((p) => [p.label, p.tier ?? "–", formatMoney(p.costNano), p.score.toFixed(3), formatCount(p.requests), p.efficient ? "yes" : "no"]),
  };
  return { series, frontier, x: costAxis(points.map((p) => p.usd)), y: scoreAxis(points.map((p) => p.score)), table, leftOut: models.length - points.length };
}
