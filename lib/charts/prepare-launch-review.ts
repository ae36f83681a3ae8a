// Chart data of the launch review: contribution margin at 1×, 10× and 100×
// planned volume against the 50% gate. Bars are clipped at −100% so a
// −1,900% margin does not flatten the others; labels and the table keep the
// real figure. Colours say pass / positive / losing (the labels say it too).
import type { ChartTable } from "@/components/charts/chart-frame";
import { HEALTHY_MARGIN_PCT } from "@/lib/pnl/maths";
import type { LaunchReview } from "@/lib/launch-review/review";
import { formatMargin } from "@/lib/launch-review/describe";

export const MARGIN_COLORS = { pass: "#047857", thin: "#b45309", losing: "#be123c" } as const;
export const MARGIN_FLOOR = -100;

export type MarginBar = { label: string; value: number; text: string; color: string };

export function prepareMarginAtScale(scale: LaunchReview["scale"]): { data: MarginBar[]; domain: [number, number]; table: ChartTable } {
  const data = scale.map((s) => {
    const m = s.marginPct ?? 0;
    const color = s.passes ? MARGIN_COLORS.pass : m > 0 ? MARGIN_COLORS.thin : MARGIN_COLORS.losing;
    return { label: s.factor === 1 ? "Planned (1×)" : `${s.factor}× volume`, value: Math.max(MARGIN_FLOOR, m), text: formatMargin(s.marginPct), color };
  });
  const low = Math.min(0, ...data.map((d) => d.value));
  const domain: [number, number] = [low < 0 ? Math.max(MARGIN_FLOOR, Math.floor(low / 25) * 25) : 0, 100];
  const table: ChartTable = {
    columns: ["Volume", "Margin", `Passes (≥ ${HEALTHY_MARGIN_PCT}%)`],
    rows: scale.map((s, i) => [data[i].label, formatMargin(s.marginPct), s.passes ? "yes" : "no"]),
  };
  return { data, domain, table };
}
