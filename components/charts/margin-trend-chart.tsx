"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";
import type { Ticks } from "@/lib/charts/ticks";

/** Margin per month as a line with a dot per month (a one-month range is one dot); break-even and healthy (50%) lines. */
export function MarginTrendChart({ data, ticks, label, table }: { data: { label: string; margin: number | null }[]; ticks: Ticks; label: string; table: ChartTable }) {
  return (
    <ChartFrame label={label} height={220} table={table}>
      <LineChart data={data} margin={{ top: 12, right: 16, left: 4, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} />
        <YAxis ticks={ticks.ticks} domain={[ticks.min, ticks.max]} tickFormatter={(v) => `${v}%`} tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} width={52} />
        <Tooltip formatter={(v) => `${Number(v).toFixed(1)}%`} contentStyle={{ fontSize: 12, borderRadius: 8 }} />
        <ReferenceLine y={0} stroke="#be123c" strokeDasharray="4 3" />
        {ticks.max >= 50 && <ReferenceLine y={50} stroke="#047857" strokeDasharray="4 3" />}
        <Line type="monotone" dataKey="margin" name="Margin" stroke="#4f46e5" strokeWidth={2} dot={{ r: 4 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}
