"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";
import type { Ticks } from "@/lib/charts/ticks";

export const MARKER_COLORS: Record<string, string> = { p50: "#047857", p90: "#b45309", p99: "#be123c" };

/** Requests per cost bin; the bins holding p50, p90 and p99 marked by a labelled line; the bin above p99 greyed. */
export function HistogramChart({ data, markers, ticks, label, table }: {
  data: { key: string; label: string; count: number; aboveP99: boolean }[]; markers: { name: string; key: string }[]; ticks: Ticks; label: string; table: ChartTable;
}) {
  const labelOf = new Map(data.map((d) => [d.key, d.label]));
  return (
    <ChartFrame label={label} height={240} table={table}>
      <BarChart data={data} margin={{ top: 20, right: 8, left: 4, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        {/* bars are keyed (labels may repeat across charts, never keys), and named by their cost range */}
        <XAxis dataKey="key" allowDuplicatedCategory={false} tickFormatter={(k) => labelOf.get(String(k)) ?? ""} tick={{ fontSize: 10, fill: "#475569" }} tickLine={false} axisLine={false} interval="preserveStartEnd" minTickGap={16} />
        <YAxis ticks={ticks.ticks} domain={[ticks.min, ticks.max]} allowDecimals={false} tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} width={44} />
        <Tooltip formatter={(v) => [Number(v).toLocaleString("en-US"), "Requests"]} labelFormatter={(k) => labelOf.get(String(k)) ?? ""} cursor={{ fill: "#f1f5f9" }} contentStyle={{ fontSize: 12, borderRadius: 8 }} />
        <Bar dataKey="count" name="Requests" isAnimationActive={false} radius={[3, 3, 0, 0]}>
          {data.map((d) => <Cell key={d.key} fill={d.aboveP99 ? "#cbd5e1" : "#6366f1"} />)}
        </Bar>
        {markers.map((m, i) => (
          // percentiles in the same bin share its line: their labels step sideways
          <ReferenceLine key={m.name} x={m.key} stroke={MARKER_COLORS[m.name] ?? "#334155"} strokeDasharray="4 3"
            label={{ value: m.name, position: "top", fontSize: 11, fill: MARKER_COLORS[m.name] ?? "#334155", dx: markers.slice(0, i).filter((x) => x.key === m.key).length * 26 }} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
