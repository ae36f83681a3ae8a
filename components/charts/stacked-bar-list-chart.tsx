"use client";

import { Bar, BarChart, LabelList, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";

type Series = { key: string; name: string; color: string };

/** Horizontal bars, one per item, each stacked from `series`; the item's `total` is written at the end of its bar. */
export function StackedBarListChart<T extends { key: string; label: string; total: number }>({ data, series, format, label, table, rowHref }: {
  data: T[]; series: readonly Series[]; format: (v: number) => string; label: string; table: ChartTable; rowHref?: (key: string) => string | undefined;
}) {
  return (
    <ChartFrame label={label} height={Math.max(140, data.length * 32 + 56)} table={table} rowHref={rowHref}>
      <BarChart data={data} layout="vertical" margin={{ top: 0, right: 64, left: 0, bottom: 0 }} accessibilityLayer={false}>
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12, fill: "#334155" }} tickLine={false} axisLine={false} />
        <Tooltip formatter={(v) => format(Number(v))} cursor={{ fill: "#f1f5f9" }} contentStyle={{ fontSize: 12, borderRadius: 8 }} />
        <Legend verticalAlign="bottom" iconType="square" itemSorter={null} wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId="total" fill={s.color} isAnimationActive={false} radius={i === series.length - 1 ? [0, 4, 4, 0] : undefined}>
            {i === series.length - 1 && <LabelList dataKey="total" position="right" fontSize={11} fill="#334155" formatter={(v: unknown) => format(Number(v))} />}
          </Bar>
        ))}
      </BarChart>
    </ChartFrame>
  );
}
