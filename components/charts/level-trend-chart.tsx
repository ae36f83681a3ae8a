"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";

/** A stepped line of a level's percentage over time; the axis ticks are the levels. */
export function LevelTrendChart<T extends { label: string }>({ data, dataKey, ticks, tickFormat, tooltipFormat, color, label, name, table }: {
  data: T[]; dataKey: keyof T & string; ticks: number[]; tickFormat: (v: number) => string; tooltipFormat: (row: T) => string; color: string; label: string; name: string; table: ChartTable;
}) {
  return (
    <ChartFrame label={label} height={240} table={table}>
      <LineChart data={data} margin={{ top: 12, right: 16, left: 4, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} minTickGap={24} padding={{ left: 12, right: 12 }} />
        <YAxis ticks={ticks} domain={[0, 100]} interval={0} tickFormatter={(v) => tickFormat(Number(v))} tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} width={72} />
        <Tooltip contentStyle={{ fontSize: 12, borderRadius: 8 }} formatter={(_v, _n, item) => [tooltipFormat(item.payload as T), name]} />
        <Line type="stepAfter" dataKey={dataKey} name={name} stroke={color} strokeWidth={2} dot={{ r: 4, fill: color }} isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}
