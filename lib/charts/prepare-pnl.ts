// P&L chart series: the waterfall from revenue through token and other AI costs to
// the contribution margin, in USD for drawing, exact money in the table.
import type { ChartTable } from "@/components/charts/chart-frame";
import { niceTicks, type Ticks } from "@/lib/charts/ticks";
import { formatMoney } from "@/lib/format/number";
import { nanoToUsd, toNano, type NanoLike } from "@/lib/money";

export type WaterfallStep = { label: string; kind: "revenue" | "cost" | "margin" | "loss"; range: [number, number]; usd: number };

export const WATERFALL_COLORS: Record<WaterfallStep["kind"], string> = { revenue: "#4e79a7", cost: "#f28e2b", margin: "#59a14f", loss: "#e15759" };

/**
 * Revenue, then each cost as a drop from the running total, then the margin from
 * zero (a loss below it). Each step is a [low, high] range in USD, so a cost that
 * takes the running total below zero crosses the axis.
 */
export function pnlWaterfall(t: { revenueNano: NanoLike; tokenCostNano: NanoLike; otherCostNano: NanoLike }): { steps: WaterfallStep[]; ticks: Ticks; table: ChartTable } {
  const revenue = toNano(t.revenueNano);
  const token = toNano(t.tokenCostNano);
  const other = toNano(t.otherCostNano);
  const afterTokens = revenue - token;
  const margin = afterTokens - other;
  const span = (a: bigint, b: bigint): [number, number] => [nanoToUsd(a < b ? a : b), nanoToUsd(a < b ? b : a)];
  const steps: WaterfallStep[] = [
    { label: "Revenue", kind: "revenue", range: span(0n, revenue), usd: nanoToUsd(revenue) },
    { label: "Tokens", kind: "cost", range: span(afterTokens, revenue), usd: -nanoToUsd(token) },
    { label: "Other", kind: "cost", range: span(margin, afterTokens), usd: -nanoToUsd(other) },
    { label: margin < 0n ? "Loss" : "Margin", kind: margin < 0n ? "loss" : "margin", range: span(0n, margin), usd: nanoToUsd(margin) },
  ];
  const lows = steps.map((s) => s.range[0]);
  const highs = steps.map((s) => s.range[1]);
  return {
    steps,
    ticks: niceTicks(Math.min(...lows), Math.max(...highs)),
    table: {
      columns: ["Step", "Amount"],
      rows: [
        ["Revenue", formatMoney(revenue)],
        ["Token cost", formatMoney(-token)],
        ["Other AI costs", formatMoney(-other)],
        ["Contribution margin", formatMoney(margin)],
      ],
    },
  };
}
