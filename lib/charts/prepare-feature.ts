// Chart series for the feature detail page (pure): the monthly margin trend, daily
// cost, the cost-per-request histogram with its percentile markers, the tier split,
// and the words that say what the raw-event sample covers.
import type { ChartTable } from "@/components/charts/chart-frame";
import type { Series, StackedPoint } from "@/lib/charts/prepare-overview";
import { dayLabel, usdTicks } from "@/lib/charts/prepare-overview";
import { niceTicks } from "@/lib/charts/ticks";
import { formatCount, formatMarginPct, formatMoney, formatPercent } from "@/lib/format/number";
import { nanoToUsd, toNano } from "@/lib/money";
import type { CostDistribution, FeatureDetail, MonthlyPnl } from "@/lib/pnl/feature-schemas";
import { TIERS } from "@/lib/pricing/tiers";

const UNIT = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumSignificantDigits: 2, maximumSignificantDigits: 3 });

/**
 * Per-request and per-user amounts, which sit close together: 3 significant digits
 * below $1 ($0.0151, $0.00051), so percentiles and neighbouring users read apart;
 * the money rule of lib/format from $1 on.
 */
export function formatUnitMoney(nano: string): string {
  const v = nanoToUsd(nano);
  return Math.abs(v) >= 1 || v === 0 ? formatMoney(nano) : UNIT.format(v);
}

const monthLabel = (month: string) => new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** Margin per month (null without revenue: a gap), months partly in the range marked. */
export function prepareMonthlyMargin(monthly: MonthlyPnl[]) {
  const data = monthly.map((m) => ({ month: m.month, label: `${monthLabel(m.month)}${m.days < m.daysInMonth ? "*" : ""}`, margin: m.marginPct }));
  const values = data.map((d) => d.margin).filter((v): v is number => v !== null);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), 4);
  const table: ChartTable = {
    columns: ["Month", "Days in range", "Revenue", "AI COGS", "Margin"],
    rows: monthly.map((m) => [monthLabel(m.month), `${m.days} of ${m.daysInMonth}`, formatMoney(m.revenueNano), formatMoney(m.cogsNano), formatMarginPct(m.marginPct)]),
  };
  return { data, ticks, table, partial: monthly.some((m) => m.days < m.daysInMonth) };
}

/** Daily token cost as one series for the area chart, with requests in the table. */
export function prepareDailyCost(daily: FeatureDetail["daily"], color: string) {
  const series: Series[] = [{ key: "cost", dataKey: "s0", label: "Token cost", color }];
  const data: StackedPoint[] = daily.map((d) => ({ day: d.day, label: dayLabel(d.day), s0: nanoToUsd(d.costNano) }));
  const table: ChartTable = { columns: ["Day (UTC)", "Token cost", "Requests"], rows: daily.map((d) => [d.day, formatMoney(d.costNano), formatCount(d.requests)]) };
  return { data, series, ticks: usdTicks(data.map((d) => d.s0 as number)), table };
}

export const PERCENTILES = ["p50", "p90", "p99"] as const;

/** USD with as many decimals as a bin `widthUsd` wide needs (at least 2, at most 9). */
function binMoney(widthUsd: number): (nano: bigint) => string {
  const digits = Math.min(9, Math.max(2, widthUsd > 0 ? 1 - Math.floor(Math.log10(widthUsd)) : 2));
  const f = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (nano) => f.format(nanoToUsd(nano));
}

/** Histogram bars labelled by their cost range, and which bar (by key) holds each percentile. */
export function prepareCostHistogram(c: CostDistribution) {
  // one precision for every bin, fine enough that neighbouring bins never print alike
  const first = c.histogram.find((b) => !b.aboveP99);
  const width = first ? nanoToUsd(toNano(first.toNano) - toNano(first.fromNano)) : 0.01;
  const usd = binMoney(width);
  const range = (from: bigint, to: bigint) => (to - from <= 1n ? usd(from) : `${usd(from)}–${usd(to - 1n)}`);
  const data = c.histogram.map((b, i) => ({ key: `b${i}`, label: b.aboveP99 ? `> ${usd(toNano(c.p99Nano ?? "0"))}` : range(toNano(b.fromNano), toNano(b.toNano)), count: b.count, aboveP99: b.aboveP99 }));
  const value = { p50: c.p50Nano, p90: c.p90Nano, p99: c.p99Nano };
  const markers = PERCENTILES.flatMap((p) => {
    const v = value[p];
    if (v === null) return [];
    const i = c.histogram.findIndex((b) => !b.aboveP99 && toNano(b.fromNano) <= toNano(v) && toNano(v) < toNano(b.toNano));
    return i < 0 ? [] : [{ name: p, key: data[i].key, valueNano: v }];
  });
  const table: ChartTable = {
    columns: ["Cost per request", "Requests", "Share"],
    rows: data.map((d) => [d.label, formatCount(d.count), formatPercent(c.size ? d.count / c.size : null)]),
  };
  return { data, markers, ticks: niceTicks(0, Math.max(0, ...data.map((d) => d.count)), 4), table };
}

/** Share of cost per tier, cheapest tier first ("unassigned" for models without a tier). */
export function tierShares(tiers: FeatureDetail["tiers"]): { tier: string; share: number; costNano: string }[] {
  const total = tiers.reduce((s, t) => s + toNano(t.costNano), 0n);
  const order: (string | null)[] = [...TIERS, null];
  return [...tiers]
    .sort((a, b) => order.indexOf(a.tier) - order.indexOf(b.tier))
    .map((t) => ({ tier: t.tier ?? "unassigned", costNano: t.costNano, share: total === 0n ? 0 : Number((toNano(t.costNano) * 10_000n) / total) / 10_000 }));
}

const when = (iso: string) => new Date(iso).toLocaleString("en-US", { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });
const onDay = (iso: string) => new Date(iso).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** What the percentiles and top users were computed from, in words. */
export function describeSample(c: CostDistribution): string {
  if (c.size === 0) return "No requests in this range.";
  const n = formatCount(c.size);
  const span = c.from && c.to ? (c.from.slice(0, 10) === c.to.slice(0, 10) ? `${when(c.from)}–${when(c.to).split(", ").at(-1)} UTC` : `${onDay(c.from)} – ${onDay(c.to)}`) : "";
  if (c.complete) return `From all ${n} request${c.size === 1 ? "" : "s"} in the range (${span}).`;
  if (c.method === "latest") return `From the latest ${n} requests (${span}).`;
  return `From a sample of ${n} requests spread over the range (${span}): events are not stored in time order, so the latest cannot be read cheaply.`;
}
