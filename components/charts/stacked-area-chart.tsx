"use client";

import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import type { Series, StackedPoint } from "@/lib/charts/prepare-overview";

export function StackedAreaChart({ data, series, format, label }: { data: StackedPoint[]; series: Series[]; format: (v: number) => string; label: string }) {
  return (
    <ChartFrame label={label}>
      <AreaChart data={data} margin={{ top: 4, right: 8, left: 4, bottom: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#64748b" }} tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis tickFormatter={format} tick={{ fontSize: 11, fill: "#64748b" }} tickLine={false} axisLine={false} width={64} />
        <Tooltip formatter={(v) => format(Number(v))} contentStyle={{ fontSize: 12, borderRadius: 8 }} />
        <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
        {series.map((s) => (
          <Area key={s.key} type="monotone" dataKey={s.dataKey} name={s.label} stackId="1" stroke={s.color} fill={s.color} fillOpacity={0.35} isAnimationActive={false} />
        ))}
      </AreaChart>
    </ChartFrame>
  );
}
