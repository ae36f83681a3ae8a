import { ScoreRadar } from "@/components/charts/radar-chart";
import { prepareRadar } from "@/lib/charts/prepare-maturity";

export const RADAR_COLOR = "#4338ca";

/** The headline of a result: level number and name, and its percentage. */
export function LevelHeadline({ level, levelName, percent }: { level: number; levelName: string; percent: number }) {
  return (
    <div className="flex flex-wrap items-end gap-x-6 gap-y-2">
      <div>
        <p className="text-xs font-medium uppercase tracking-wide text-slate-600">Maturity level</p>
        <p className="text-2xl font-semibold tracking-tight text-slate-900" data-testid="maturity-level">{level > 0 ? `Level ${level} · ${levelName}` : levelName}</p>
      </div>
      <div>
        <p className="text-xs font-medium uppercase tracking-wide text-slate-600">Percent</p>
        <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="maturity-percent">{percent}%</p>
      </div>
    </div>
  );
}

/** The six dimension scores as a radar. */
export function DimensionRadar({ scores, labels, height = 360 }: { scores: Record<string, number>; labels?: { id: string; label: string }[]; height?: number }) {
  const radar = prepareRadar(scores, labels);
  return <ScoreRadar data={radar.data} dataKey="score" name="Score" color={RADAR_COLOR} label="Score per dimension, 0 to 100" table={radar.table} height={height} />;
}
