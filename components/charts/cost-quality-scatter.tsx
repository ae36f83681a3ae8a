"use client";

import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from "recharts";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";
import type { Axis, QualityPoint, QualitySeries } from "@/lib/charts/prepare-quality";

export const FRONTIER_COLOR = "#4f46e5";

type ShapeProps = { cx?: number; cy?: number; width?: number; fill?: string; payload?: QualityPoint };

/** A model's point: its tier colour; an efficient model ringed in the frontier's colour. */
function Point({ cx = 0, cy = 0, width = 8, fill, payload }: ShapeProps) {
  const r = Math.max(4, width / 2);
  return <circle cx={cx} cy={cy} r={r} fill={fill} fillOpacity={0.85} stroke={payload?.efficient ? FRONTIER_COLOR : "#ffffff"} strokeWidth={payload?.efficient ? 2.5 : 1} />;
}

function PointTooltip({ active, payload, formatCost }: { active?: boolean; payload?: readonly { payload?: QualityPoint }[]; formatCost: (usd: number) => string }) {
  const p = active ? payload?.[0]?.payload : undefined;
  if (!p || p.key === undefined) return null;
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-3 py-2 text-xs shadow-sm">
      <p className="font-medium text-slate-900">{p.label} <span className="font-normal text-slate-600">· {p.tier ?? "no tier"}</span></p>
      <p className="tabular-nums text-slate-700">{formatCost(p.usd)} / request · score {p.score.toFixed(3)}</p>
      <p className="tabular-nums text-slate-700">{p.requests.toLocaleString("en-US")} requests{p.efficient ? " · on the frontier" : ""}</p>
    </div>
  );
}

/** Cost per request (x) against mean quality score (y) per model; point area ~ requests; the efficient models joined by a line. */
export function CostQualityScatter({ series, frontier, x, y, label, table, formatCost, formatTick }: {
  series: QualitySeries[]; frontier: QualityPoint[]; x: Axis; y: Axis; label: string; table: ChartTable; formatCost: (usd: number) => string; formatTick: (usd: number) => string;
}) {
  return (
    <ChartFrame label={label} height={320} table={table}>
      <ScatterChart margin={{ top: 12, right: 16, left: 4, bottom: 4 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis type="number" dataKey="usd" name="Cost per request" scale={x.scale} domain={x.domain} ticks={x.ticks} allowDataOverflow tickFormatter={(v) => formatTick(Number(v))}
          tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} minTickGap={8} />
        <YAxis type="number" dataKey="score" name="Mean score" domain={y.domain} ticks={y.ticks} allowDataOverflow tickFormatter={(v) => Number(v).toFixed(2)}
          tick={{ fontSize: 11, fill: "#475569" }} tickLine={false} axisLine={false} width={40} />
        <ZAxis type="number" dataKey="requests" range={[60, 700]} />
        <Tooltip content={(props) => <PointTooltip active={props.active} payload={props.payload as readonly { payload?: QualityPoint }[]} formatCost={formatCost} />} cursor={{ strokeDasharray: "3 3" }} />
        <Scatter data={frontier} name="Efficient frontier" line={{ stroke: FRONTIER_COLOR, strokeWidth: 2 }} shape={() => <g />} legendType="none" isAnimationActive={false} tooltipType="none" />
        {series.map((s) => <Scatter key={s.key} data={s.points} name={s.label} fill={s.color} shape={Point} isAnimationActive={false} />)}
      </ScatterChart>
    </ChartFrame>
  );
}
