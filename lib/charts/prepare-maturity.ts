// Chart data of the maturity pages: the six dimensions as a radar (0–100) and
// the level over time as a line on the percent axis whose ticks are the seven
// levels' percentages. Pure.
import type { ChartTable } from "@/components/charts/chart-frame";
import { DIMENSIONS, LEVELS } from "@/lib/maturity/questions";

/** Level number → its percentage (level 0 is "Not started", 0%). */
export const LEVEL_PERCENTS: readonly number[] = [0, ...LEVELS.map((l) => l.percent)];

export type RadarPoint = { id: string; label: string; score: number };

/** One point per dimension in the contract's order (labels from the API when given); a missing score is 0. */
export function prepareRadar(scores: Record<string, number>, labels: readonly { id: string; label: string }[] = DIMENSIONS): { data: RadarPoint[]; table: ChartTable } {
  const named = new Map(labels.map((d) => [d.id, d.label]));
  const data = DIMENSIONS.map((d) => ({ id: d.id, label: named.get(d.id) ?? d.label, score: Math.max(0, Math.min(100, Math.round(scores[d.id] ?? 0))) }));
  return { data, table: { columns: ["Dimension", "Score (0–100)"], rows: data.map((d) => [d.label, d.score]) } };
}

export type TrendPoint = { key: string; label: string; percent: number; level: number; levelName: string };

const DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

/** An assessment's date, UTC: "Dec 4, 2026". */
export const assessmentDay = (iso: string) => DAY.format(new Date(iso));

const DAY_TIME = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** Oldest first, for the trend line; the table keeps the same order. Labels are days, or day and time when a day has several. */
export function prepareMaturityTrend(newestFirst: readonly { id: string; createdAt: string; level: number; levelName: string; percent: number }[]): { data: TrendPoint[]; ticks: number[]; table: ChartTable } {
  const days = newestFirst.map((a) => assessmentDay(a.createdAt));
  const label = new Set(days).size < days.length ? (iso: string) => DAY_TIME.format(new Date(iso)) : assessmentDay;
  const data = [...newestFirst].reverse().map((a) => ({ key: a.id, label: label(a.createdAt), percent: a.percent, level: a.level, levelName: a.levelName }));
  return {
    data,
    ticks: [...LEVEL_PERCENTS],
    table: { columns: ["Date", "Level", "Percent"], rows: data.map((d) => [d.label, `${d.level} · ${d.levelName}`, `${d.percent}%`]) },
  };
}

/** An axis tick of the trend: "L3 43%" for a level's percentage. */
export function levelTick(percent: number): string {
  const level = LEVEL_PERCENTS.indexOf(percent);
  return level < 0 ? `${percent}%` : level === 0 ? "0%" : `L${level} ${percent}%`;
}

const TIME = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** A moment, UTC, the same on server and browser: "Dec 4, 2026, 23:05 UTC". */
export const assessmentTime = (iso: string) => `${TIME.format(new Date(iso))} UTC`;
