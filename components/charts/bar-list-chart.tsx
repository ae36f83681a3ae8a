"use client";

import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";
import type { BarDatum } from "@/lib/charts/prepare-overview";

/** Horizontal bars, one per item, coloured by the prepared datum; items with a page link to it. */
export function BarListChart({ data, format, label, table, onSelect, rowHref }: { data: BarDatum[]; format: (v: number) => string; label: string; table: ChartTable; onSelect?: (d: BarDatum) => void; rowHref?: (key: string) => string | undefined }) {
  return (
    <ChartFrame label={label} height={Math.max(120, data.length * 32 + 24)} table={table} rowHref={rowHref}>
      <BarChart data={data} layout="vertical" margin={{ top: 0, right: 72, left: 0, bottom: 0 }} accessibilityLayer={false}>
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12, fill: "#334155" }} tickLine={false} axisLine={false} />
        <Tooltip formatter={(v) => format(Number(v))} cursor={{ fill: "#f1f5f9" }} contentStyle={{ fontSize: 12, borderRadius: 8 }} />
        <Bar dataKey="usd" name="Spend" radius={[0, 4, 4, 0]} isAnimationActive={false} cursor={onSelect ? "pointer" : undefined} onClick={(d) => onSelect?.(d.payload as BarDatum)}
          label={{ position: "right", fontSize: 11, fill: "#334155", formatter: (v: unknown) => format(Number(v)) }}>
          {data.map((d) => (
            <Cell key={d.key} fill={d.color} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
