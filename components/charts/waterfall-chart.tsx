"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";
import { WATERFALL_COLORS, type WaterfallStep } from "@/lib/charts/prepare-pnl";
import type { Ticks } from "@/lib/charts/ticks";

/** A waterfall of prepared [low, high] steps (lib/charts/prepare-pnl.ts), each labelled with its signed amount. */
export function WaterfallChart({ steps, ticks, table, label, format, tickFormat }: {
  steps: WaterfallStep[]; ticks: Ticks; table: ChartTable; label: string; format: (usd: number) => string; tickFormat: (usd: number, step: number) => string;
}) {
  return (
    <ChartFrame label={label} height={240} table={table}>
      <BarChart data={steps} margin={{ top: 20, right: 8, left: 4, bottom: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} interval={0} />
        <YAxis ticks={ticks.ticks} domain={[ticks.min, ticks.max]} tickFormatter={(v) => tickFormat(Number(v), ticks.step)} tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} width={64} />
        <ReferenceLine y={0} stroke="#94a3b8" />
        <Tooltip formatter={(_, __, item) => format((item.payload as WaterfallStep).usd)} cursor={{ fill: "#f1f5f9" }} contentStyle={{ fontSize: 12, borderRadius: 8 }} />
        <Bar dataKey="range" name="Amount" isAnimationActive={false} radius={2}>
          {steps.map((s) => <Cell key={s.label} fill={WATERFALL_COLORS[s.kind]} />)}
          <LabelList dataKey="usd" position="top" fontSize={11} fill="#334155" formatter={(v: unknown) => format(Number(v))} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
