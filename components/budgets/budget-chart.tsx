"use client";

import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { prepareBudgetChart, type BudgetChartInput } from "@/lib/charts/prepare-budget";
import { formatMoneyTick } from "@/lib/format/number";

const ACTUAL = "#4e79a7";
const BUDGET = "#e15759";
const FORECAST = "#f28e2b";

/** Actual spend to date (cumulative), the budget (flat) and the forecast to the period's end (dashed). */
export function BudgetChart({ input, name }: { input: BudgetChartInput; name: string }) {
  const { points, ticks, table } = prepareBudgetChart(input);
  const money = (v: number) => formatMoneyTick(v, ticks.step / 10);
  return (
    <div data-testid="budget-chart">
      <ul className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-hidden>
        <li className="flex items-center gap-1.5"><span className="inline-block h-0.5 w-4" style={{ background: ACTUAL }} />Spent</li>
        <li className="flex items-center gap-1.5"><span className="inline-block w-4 border-t-2 border-dashed" style={{ borderColor: FORECAST }} />Forecast</li>
        <li className="flex items-center gap-1.5"><span className="inline-block h-0.5 w-4" style={{ background: BUDGET }} />Budget</li>
      </ul>
      <ChartFrame label={`${name}: spend to date, forecast and budget this period`} height={200} table={table}>
        <LineChart data={points} margin={{ top: 8, right: 8, left: 4, bottom: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} minTickGap={24} />
          <YAxis ticks={ticks.ticks} domain={[ticks.min, ticks.max]} tickFormatter={(v) => formatMoneyTick(Number(v), ticks.step, { compact: true })} tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} width={64} />
          <Tooltip formatter={(v) => money(Number(v))} contentStyle={{ fontSize: 12, borderRadius: 8 }} />
          <Line dataKey="budget" name="Budget" stroke={BUDGET} strokeWidth={1.5} dot={false} isAnimationActive={false} />
          <Line dataKey="forecast" name="Forecast" stroke={FORECAST} strokeWidth={2} strokeDasharray="5 4" dot={false} connectNulls={false} isAnimationActive={false} />
          <Line dataKey="actual" name="Spent" stroke={ACTUAL} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ChartFrame>
    </div>
  );
}
