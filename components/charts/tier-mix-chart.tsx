"use client";

import { Area, AreaChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { REFERENCE_LINES, type prepareTierMix } from "@/lib/charts/prepare-routing";

/** Share of each day's requests per tier, stacked to 100% (small at the bottom), against the 70/20/10 reference lines. */
export function TierMixChart({ data, series, table, label }: ReturnType<typeof prepareTierMix> & { label: string }) {
  return (
    <ChartFrame label={label} table={table}>
      <AreaChart data={data} margin={{ top: 12, right: 8, left: 4, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v) => `${v}%`} tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} width={44} />
        <Tooltip formatter={(v) => `${Number(v).toFixed(1)}%`} contentStyle={{ fontSize: 12, borderRadius: 8 }} />
        <Legend iconType="circle" wrapperStyle={{ fontSize: 12, color: "#334155" }} />
        {series.map((s) => (
          <Area key={s.key} type="monotone" dataKey={s.key} name={s.label} stackId="1" stroke={s.color} fill={s.color} fillOpacity={0.5} isAnimationActive={false} />
        ))}
        {REFERENCE_LINES.map((l) => (
          <ReferenceLine key={l.y} y={l.y} stroke="#4f46e5" strokeDasharray="5 4" label={{ value: `reference ${l.label}`, position: "insideBottomLeft", fill: "#3730a3", fontSize: 11 }} />
        ))}
      </AreaChart>
    </ChartFrame>
  );
}
