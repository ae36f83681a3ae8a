"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from "recharts";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";
import type { MarginBar } from "@/lib/charts/prepare-launch-review";

/** Vertical bars of margins (prepared in lib/charts), with a dashed line at the gate (the caller says so in words). */
export function MarginBarChart({ data, domain, gate, label, table }: { data: MarginBar[]; domain: [number, number]; gate: number; label: string; table: ChartTable }) {
  return (
    <ChartFrame label={label} height={220} table={table}>
      <BarChart data={data} margin={{ top: 20, right: 8, left: 0, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} interval={0} />
        <YAxis domain={domain} tickFormatter={(v) => `${v}%`} tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} width={48} allowDataOverflow />
        <ReferenceLine y={0} stroke="#94a3b8" />
        <ReferenceLine y={gate} stroke="#0f172a" strokeDasharray="4 4" />
        <Bar dataKey="value" isAnimationActive={false} radius={[4, 4, 0, 0]} maxBarSize={72}>
          {data.map((d) => <Cell key={d.label} fill={d.color} />)}
          <LabelList dataKey="text" position="top" fontSize={11} fill="#0f172a" />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
