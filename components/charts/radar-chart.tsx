"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as RRadarChart, Tooltip } from "recharts";
import { ChartFrame, type ChartTable } from "@/components/charts/chart-frame";

type Tick = { x?: number | string; y?: number | string; cx?: number; cy?: number; textAnchor?: "start" | "middle" | "end" | "inherit"; payload?: { value?: string } };

/** An axis label broken into words per line, so long names fit at phone width instead of being clipped. */
function WrappedTick({ x = 0, y = 0, cy = 0, textAnchor = "middle", payload }: Tick) {
  const words = String(payload?.value ?? "").split(" ");
  const lines: string[] = [];
  for (const w of words) {
    const last = lines[lines.length - 1];
    if (last && (last + " " + w).length <= 11) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  const nx = Number(x), ny = Number(y);
  // labels above the centre grow upwards, those below grow downwards
  const dy = ny < cy - 1 ? -(lines.length - 1) * 13 : ny > cy + 1 ? 4 : -((lines.length - 1) * 13) / 2;
  return (
    <text x={nx} y={ny + dy} textAnchor={textAnchor} fontSize={11} fill="#334155">
      {lines.map((l, i) => <tspan key={i} x={nx} dy={i === 0 ? 0 : 13}>{l}</tspan>)}
    </text>
  );
}

/** Scores 0–100 of a few dimensions on one radar, with the data as a table. */
export function ScoreRadar<T extends { label: string }>({ data, dataKey, name, color, label, table, height = 300 }: {
  data: T[]; dataKey: keyof T & string; name: string; color: string; label: string; table: ChartTable; height?: number;
}) {
  return (
    <ChartFrame label={label} height={height} table={table}>
      <RRadarChart data={data} outerRadius="68%" margin={{ top: 16, right: 24, bottom: 16, left: 24 }} accessibilityLayer={false}>
        <PolarGrid stroke="#cbd5e1" />
        <PolarAngleAxis dataKey="label" tick={(props: Tick) => <WrappedTick {...props} />} />
        <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={60} tick={{ fontSize: 10, fill: "#64748b" }} tickFormatter={(v) => (Number(v) === 0 ? "" : String(v))} axisLine={false} />
        <Tooltip contentStyle={{ fontSize: 12, borderRadius: 8 }} formatter={(v) => `${v} / 100`} />
        <Radar dataKey={dataKey as string} name={name} stroke={color} fill={color} fillOpacity={0.25} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </RRadarChart>
    </ChartFrame>
  );
}
