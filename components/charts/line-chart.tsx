"use client";

import { CartesianGrid, Line, LineChart as RLineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";
import { PartialDayPattern, partialDayArea } from "@/components/charts/partial-day";
import type { Ticks } from "@/lib/charts/ticks";

export function SimpleLineChart<T extends { label: string }>({ data, dataKey, color, ticks, format, tooltipFormat, label, name, table, partialLabel }: {
  data: T[]; dataKey: keyof T & string; color: string; ticks: Ticks; format: (v: number, step: number) => string; tooltipFormat: (v: number) => string; label: string; name: string; table: ChartTable; partialLabel: string | null;
}) {
  return (
    <ChartFrame label={label} height={220} table={table}>
      <RLineChart data={data} margin={{ top: 12, right: 8, left: 4, bottom: 0 }} accessibilityLayer={false}>
        <PartialDayPattern />
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis ticks={ticks.ticks} domain={[ticks.min, ticks.max]} tickFormatter={(v) => format(Number(v), ticks.step)} tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} width={64} />
        <Tooltip formatter={(v) => tooltipFormat(Number(v))} contentStyle={{ fontSize: 12, borderRadius: 8 }} />
        <Line type="monotone" dataKey={dataKey} name={name} stroke={color} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
        {partialDayArea(data.map((d) => d.label), partialLabel)}
      </RLineChart>
    </ChartFrame>
  );
}
