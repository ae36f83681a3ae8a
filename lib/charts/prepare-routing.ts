// Routing charts, prepared (pure): the tier mix over time as shares of each day's
// tiered requests (100% stacked, cheapest tier at the bottom) with the 70/20/10
// reference as its cumulative lines, and each day's figures as a table.
import { TIER_COLORS } from "@/lib/charts/colors";
import { dayLabel } from "@/lib/charts/prepare-overview";
import { REFERENCE_MIX } from "@/lib/routing/maths";
import type { Routing } from "@/lib/routing/schemas";
import { TIERS, type Tier } from "@/lib/pricing/tiers";
import type { ChartTable } from "@/components/charts/chart-data-table";

export const TIER_LABELS: Record<Tier, string> = { small: "Small", mid: "Mid", frontier: "Frontier" };

export type TierMixPoint = { day: string; label: string; requests: number } & Record<Tier, number>;

/** Cumulative reference lines: 70% (small) and 90% (small + mid). */
export const REFERENCE_LINES = [
  { y: Math.round(REFERENCE_MIX.small * 100), label: "70% small" },
  { y: Math.round((REFERENCE_MIX.small + REFERENCE_MIX.mid) * 100), label: "90% small + mid" },
];

const pct = (v: number) => `${v.toFixed(1)}%`;

export function prepareTierMix(series: Routing["series"]): { data: TierMixPoint[]; series: { key: Tier; label: string; color: string }[]; table: ChartTable } {
  const data = series
    .map((d) => {
      const total = d.small + d.mid + d.frontier;
      const share = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 10);
      const small = share(d.small);
      const mid = share(d.mid);
      // the three shares add up to exactly 100 on the chart
      return { day: d.day, label: dayLabel(d.day), requests: total, small, mid, frontier: total === 0 ? 0 : Math.round((100 - small - mid) * 10) / 10 };
    })
    .filter((d) => d.requests > 0);
  return {
    data,
    series: TIERS.map((t) => ({ key: t, label: TIER_LABELS[t], color: TIER_COLORS[t] })),
    table: {
      columns: ["Day", "Requests", ...TIERS.map((t) => TIER_LABELS[t])],
      rows: data.map((d) => [d.day, d.requests, pct(d.small), pct(d.mid), pct(d.frontier)]),
    },
  };
}
