// Turn overview query results into chart series: USD numbers, names (never raw
// keys), stable colours, top-N with an "Other" bucket, unregistered keys grouped,
// nice y-axis ticks, the partial day, and each chart's data as a table.
import { nanoToUsd, toNano, usdToNano } from "@/lib/money";
import { assignColors, OTHER_COLOR, TIER_COLORS } from "@/lib/charts/colors";
import { niceTicks, type Ticks } from "@/lib/charts/ticks";
import { formatCount, formatMoney, formatPercent } from "@/lib/format/number";
import { isolateText } from "@/lib/format/text";
import type { Overview } from "@/lib/overview/schemas";
import type { ChartTable } from "@/components/charts/chart-frame";

/**
 * One stacked series. `dataKey` is a field name we choose (`s0`, `s1`, …): entity
 * keys come from users, and used as field names they would collide with `day` or
 * `label`, or be read as nested paths by Recharts (`a.b`).
 */
export type Series = { key: string; dataKey: string; label: string; color: string };
export type StackedPoint = { day: string; label: string } & Record<string, number | string>;

export const OTHER_KEY = "__other";
export const UNREGISTERED_KEY = "__unregistered";

export const dayLabel = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

type Named = { key: string; name: string; registered: boolean; costNano: string; requests: number };

/**
 * Group entities for an org-wide chart: registered ones by name, every
 * auto-created (unregistered) key in one visible "Unregistered (n)" entry, then
 * the top `topN` by cost and the rest as "Other (n)". Returns group key per entity.
 */
export function groupEntities(items: Named[], topN: number): { groups: { key: string; label: string; costNano: bigint; requests: number }[]; groupOf: Map<string, string> } {
  const groupOf = new Map<string, string>();
  const byGroup = new Map<string, { key: string; label: string; costNano: bigint; requests: number; members: number }>();
  for (const x of items) {
    const key = x.registered ? x.key : UNREGISTERED_KEY;
    groupOf.set(x.key, key);
    const g = byGroup.get(key) ?? { key, label: x.registered ? isolateText(x.name) : "", costNano: 0n, requests: 0, members: 0 };
    g.costNano += toNano(x.costNano);
    g.requests += x.requests;
    g.members += 1;
    byGroup.set(key, g);
  }
  const unregistered = byGroup.get(UNREGISTERED_KEY);
  if (unregistered) unregistered.label = `Unregistered (${unregistered.members})`;
  const sorted = [...byGroup.values()].sort((a, b) => (b.costNano === a.costNano ? a.key.localeCompare(b.key) : b.costNano > a.costNano ? 1 : -1));
  if (sorted.length <= topN) return { groups: sorted, groupOf };
  const top = sorted.slice(0, topN - 1);
  const rest = sorted.slice(topN - 1);
  const restKeys = new Set(rest.map((g) => g.key));
  for (const [k, g] of groupOf) if (restKeys.has(g)) groupOf.set(k, OTHER_KEY);
  const other = { key: OTHER_KEY, label: `Other (${rest.reduce((n, g) => n + g.members, 0)})`, costNano: rest.reduce((s, g) => s + g.costNano, 0n), requests: rest.reduce((s, g) => s + g.requests, 0), members: 0 };
  return { groups: [...top, other], groupOf };
}

function colorOf(key: string, colors: Map<string, string>): string {
  if (key === OTHER_KEY) return OTHER_COLOR;
  if (key === UNREGISTERED_KEY) return TIER_COLORS.unknown;
  return colors.get(key) ?? OTHER_COLOR;
}

/** USD ticks for a series of USD values. */
export function usdTicks(values: number[]): Ticks {
  return niceTicks(0, values.length ? Math.max(...values) : 0, 4);
}

/** Daily spend stacked by team (top 7 + Other), zeros kept, with the org-stable colours. */
export function prepareSpendOverTime(data: Pick<Overview, "daily" | "teams" | "options">, topN = 8) {
  const { groups, groupOf } = groupEntities(data.teams, topN);
  const colors = assignColors(data.options.teams.map((t) => t.key));
  const series: Series[] = groups.map((g, i) => ({ key: g.key, dataKey: `s${i}`, label: g.label, color: colorOf(g.key, colors) }));
  const fieldOf = new Map(series.map((s) => [s.key, s.dataKey]));
  const byDay = new Map<string, StackedPoint>();
  for (const row of data.daily) {
    let point = byDay.get(row.day);
    if (!point) {
      point = { day: row.day, label: dayLabel(row.day) } as StackedPoint;
      for (const s of series) point[s.dataKey] = 0;
      byDay.set(row.day, point);
    }
    const field = row.team === null ? undefined : fieldOf.get(groupOf.get(row.team) ?? "");
    if (field) point[field] = (point[field] as number) + nanoToUsd(row.costNano);
  }
  const points = [...byDay.values()];
  const totals = points.map((p) => series.reduce((s, x) => s + (p[x.dataKey] as number), 0));
  const table: ChartTable = {
    columns: ["Day (UTC)", ...series.map((s) => s.label), "Total"],
    rows: points.map((p, i) => [p.day, ...series.map((s) => formatMoney(usdToNano(p[s.dataKey] as number))), formatMoney(usdToNano(totals[i]))]),
  };
  return { data: points, series, ticks: usdTicks(totals), table };
}

/** Cost per request per day in USD; null on days without requests so the line shows a gap. */
export function prepareCostPerRequest(daily: Overview["daily"]) {
  const totals = new Map<string, { cost: bigint; requests: number }>();
  for (const row of daily) {
    const t = totals.get(row.day) ?? { cost: 0n, requests: 0 };
    t.cost += toNano(row.costNano);
    t.requests += row.requests;
    totals.set(row.day, t);
  }
  const data = [...totals.entries()].map(([day, t]) => ({ day, label: dayLabel(day), usd: t.requests === 0 ? null : nanoToUsd(t.cost) / t.requests }));
  const table: ChartTable = {
    columns: ["Day (UTC)", "Cost per request", "Requests"],
    rows: [...totals.entries()].map(([day, t]) => [day, t.requests ? formatMoney(t.cost / BigInt(t.requests)) : "–", formatCount(t.requests)]),
  };
  return { data, ticks: usdTicks(data.map((d) => d.usd ?? 0)), table };
}

export type BarDatum = { key: string; label: string; usd: number; requests: number; color: string; share: number; href?: string };

/** Top N by cost with the rest in "Other"; shares of the total; a table with exact values. */
export function prepareBars(items: { key: string; label: string; costNano: string; requests: number; color: string; href?: string }[], topN = 8) {
  const total = items.reduce((s, x) => s + toNano(x.costNano), 0n);
  const share = (nano: bigint) => (total === 0n ? 0 : Number((nano * 10_000n) / total) / 10_000);
  const bars: BarDatum[] = items.slice(0, topN).map((x) => ({ key: x.key, label: x.label, usd: nanoToUsd(x.costNano), requests: x.requests, color: x.color, share: share(toNano(x.costNano)), href: x.href }));
  const rest = items.slice(topN);
  if (rest.length > 0) {
    const cost = rest.reduce((s, x) => s + toNano(x.costNano), 0n);
    bars.push({ key: OTHER_KEY, label: `Other (${rest.length})`, usd: nanoToUsd(cost), requests: rest.reduce((s, x) => s + x.requests, 0), color: OTHER_COLOR, share: share(cost) });
  }
  const table: ChartTable = {
    columns: ["Name", "Spend", "Share", "Requests"],
    rows: items.map((x) => [x.label, formatMoney(x.costNano), formatPercent(share(toNano(x.costNano))), formatCount(x.requests)]),
    rowKeys: items.map((x) => x.key),
  };
  return { bars, table };
}

/** Features (grouped like teams, coloured by the org-stable feature colours). */
export function prepareFeatureBars(data: Pick<Overview, "features" | "options">, topN = 8) {
  const colors = assignColors(data.options.features.map((f) => f.key));
  const { groups } = groupEntities(data.features, Number.MAX_SAFE_INTEGER);
  return prepareBars(
    groups.map((g) => ({ key: g.key, label: g.label, costNano: g.costNano.toString(), requests: g.requests, color: colorOf(g.key, colors) })),
    topN,
  );
}

/** Teams, coloured as in the spend chart. */
export function prepareTeamBars(data: Pick<Overview, "teams" | "options">, topN = 6) {
  const colors = assignColors(data.options.teams.map((t) => t.key));
  const { groups } = groupEntities(data.teams, Number.MAX_SAFE_INTEGER);
  return prepareBars(groups.map((g) => ({ key: g.key, label: g.label, costNano: g.costNano.toString(), requests: g.requests, color: colorOf(g.key, colors) })), topN);
}

/** Models, coloured by tier (the tier palette, never an entity colour). */
export function prepareModelBars(models: Overview["models"], topN = 8) {
  return prepareBars(
    models.map((m) => ({ key: `${m.provider}/${m.model}`, label: isolateText(m.model), costNano: m.costNano, requests: m.requests, color: TIER_COLORS[m.tier ?? "unknown"] })),
    topN,
  );
}

/** Relative change, or null when there is no previous value to compare with. */
export function relativeChange(current: bigint | number, previous: bigint | number): number | null {
  const prev = Number(previous);
  if (prev === 0) return null;
  return (Number(current) - prev) / prev;
}
