// Turn overview query results into chart series: USD numbers, labels, colours,
// top-N with an "Other" bucket, and gaps (null) where a ratio has no requests.
import { nanoToUsd, toNano } from "@/lib/money";
import { colorAt, OTHER_COLOR, TIER_COLORS } from "@/lib/charts/palette";
import { isolateText } from "@/lib/format/text";
import type { Overview } from "@/lib/overview/schemas";

/**
 * One stacked series. `dataKey` is a field name we choose (`s0`, `s1`, …): entity
 * keys come from users, and used as field names they would collide with `day` or
 * `label`, or be read as nested paths by Recharts (`a.b`).
 */
export type Series = { key: string; dataKey: string; label: string; color: string };
export type StackedPoint = { day: string; label: string } & Record<string, number | string>;

const dayLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** Daily spend stacked by team: one point per day (zeros kept), one series per team. */
export function prepareSpendOverTime(daily: Overview["daily"], teams: Overview["teams"]): { data: StackedPoint[]; series: Series[] } {
  const series: Series[] = teams.map((t, i) => ({ key: t.key, dataKey: `s${i}`, label: isolateText(t.name), color: colorAt(i) }));
  const fieldOf = new Map(series.map((s) => [s.key, s.dataKey]));
  const byDay = new Map<string, StackedPoint>();
  for (const row of daily) {
    let point = byDay.get(row.day);
    if (!point) {
      point = { day: row.day, label: dayLabel(row.day) } as StackedPoint;
      for (const s of series) point[s.dataKey] = 0;
      byDay.set(row.day, point);
    }
    const field = row.team === null ? undefined : fieldOf.get(row.team);
    if (field) point[field] = (point[field] as number) + nanoToUsd(row.costNano);
  }
  return { data: [...byDay.values()], series };
}

/** Cost per request per day in USD; null on days without requests so the line shows a gap. */
export function prepareCostPerRequest(daily: Overview["daily"]): { day: string; label: string; usd: number | null }[] {
  const totals = new Map<string, { cost: bigint; requests: number }>();
  for (const row of daily) {
    const t = totals.get(row.day) ?? { cost: 0n, requests: 0 };
    t.cost += toNano(row.costNano);
    t.requests += row.requests;
    totals.set(row.day, t);
  }
  return [...totals.entries()].map(([day, t]) => ({
    day,
    label: dayLabel(day),
    usd: t.requests === 0 ? null : nanoToUsd(t.cost) / t.requests,
  }));
}

export type BarDatum = { key: string; label: string; usd: number; requests: number; color: string; share: number };

/** Top N by cost, the rest summed into "Other"; shares of the total. */
export function prepareTopBars(
  items: { key: string; name: string; costNano: string; requests: number; tier?: string | null }[],
  topN = 8,
  colorBy: "index" | "tier" = "index",
): BarDatum[] {
  const total = items.reduce((s, x) => s + toNano(x.costNano), 0n);
  const share = (nano: bigint) => (total === 0n ? 0 : Number((nano * 10_000n) / total) / 10_000);
  const color = (x: (typeof items)[number], i: number) =>
    colorBy === "tier" ? TIER_COLORS[(x.tier as keyof typeof TIER_COLORS) ?? "unknown"] ?? TIER_COLORS.unknown : colorAt(i);
  const top = items.slice(0, topN).map((x, i) => ({
    key: x.key,
    label: isolateText(x.name),
    usd: nanoToUsd(x.costNano),
    requests: x.requests,
    color: color(x, i),
    share: share(toNano(x.costNano)),
  }));
  const rest = items.slice(topN);
  if (rest.length > 0) {
    const cost = rest.reduce((s, x) => s + toNano(x.costNano), 0n);
    top.push({ key: "__other", label: `Other (${rest.length})`, usd: nanoToUsd(cost), requests: rest.reduce((s, x) => s + x.requests, 0), color: OTHER_COLOR, share: share(cost) });
  }
  return top;
}

/** Relative change, or null when there is no previous value to compare with. */
export function relativeChange(current: bigint | number, previous: bigint | number): number | null {
  const prev = Number(previous);
  if (prev === 0) return null;
  return (Number(current) - prev) / prev;
}
