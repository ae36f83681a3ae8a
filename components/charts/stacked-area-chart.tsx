"use client";

import { Area, AreaChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";
import { PartialDayPattern, partialDayArea } from "@/components/charts/partial-day";
import type { Ticks } from "@/lib/charts/ticks";
import type { Series, StackedPoint } from "@/lib/charts/prepare-overview";

/** A vertical marker on one x label (e.g. the day an anomaly began). */
export type ChartMarker = { key: string; label: string; title: string };

export function StackedAreaChart({ data, series, ticks, format, tooltipFormat, label, table, partialLabel, markers = [] }: {
  data: StackedPoint[]; series: Series[]; ticks: Ticks; format: (v: number, step: number) => string; tooltipFormat: (v: number) => string; label: string; table: ChartTable; partialLabel: string | null; markers?: ChartMarker[];
}) {
  return (
    <ChartFrame label={label} table={table}>
      <AreaChart data={data} margin={{ top: 12, right: 8, left: 4, bottom: 0 }} accessibilityLayer={false}>
        <PartialDayPattern />
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis ticks={ticks.ticks} domain={[ticks.min, ticks.max]} tickFormatter={(v) => format(Number(v), ticks.step)} tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} width={64} />
        <Tooltip formatter={(v) => tooltipFormat(Number(v))} contentStyle={{ fontSize: 12, borderRadius: 8 }} />
        <Legend iconType="circle" wrapperStyle={{ fontSize: 12, color: "#334155" }} />
        {series.map((s) => (
          <Area key={s.key} type="monotone" dataKey={s.dataKey} name={s.label} stackId="1" stroke={s.color} fill={s.color} fillOpacity={0.35} isAnimationActive={false} />
        ))}
        {partialDayArea(data.map((d) => d.label), partialLabel)}
        {markers.map((m) => (
          <ReferenceLine key={m.key} x={m.label} stroke="#e11d48" strokeDasharray="4 3" ifOverflow="extendDomain" label={{ value: "▲ anomaly", position: "insideTopRight", fill: "#be123c", fontSize: 11 }} />
        ))}
      </AreaChart>
    </ChartFrame>
  );
}
