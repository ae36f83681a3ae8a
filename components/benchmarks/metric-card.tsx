import { BandScale } from "@/components/benchmarks/band-scale";
import { Card } from "@/components/ui/card";
import { POSITION_LABELS, type MetricId, type Position } from "@/lib/benchmarks/bands";
import type { BenchmarkMetric } from "@/lib/benchmarks/schemas";
import { prepareBandScale } from "@/lib/charts/prepare-band-scale";

const WHAT: Record<MetricId, string> = {
  cogs_to_revenue: "AI costs (tokens and other monthly costs) over revenue, from the P&L",
  cost_per_request: "Token cost over priced requests",
  routing_coverage: "Requests on models below the frontier tier",
  profitable_share: "Features with usage whose margin is above zero",
};

const BADGE: Record<Position, string> = {
  low: "bg-rose-100 text-rose-900 ring-rose-300",
  below_median: "bg-amber-50 text-amber-900 ring-amber-300",
  median: "bg-sky-50 text-sky-900 ring-sky-300",
  above_median: "bg-teal-50 text-teal-900 ring-teal-300",
  elite: "bg-emerald-50 text-emerald-900 ring-emerald-400",
};

/** One benchmark: the value and its position in words, the band scale, the reading and the next step up. */
export function MetricCard({ m }: { m: BenchmarkMetric }) {
  const badge = m.position ? (
    <span data-testid="benchmark-position" className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${BADGE[m.position]}`}>{POSITION_LABELS[m.position]}</span>
  ) : (
    <span data-testid="benchmark-position" className="shrink-0 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300">No data</span>
  );
  return (
    <div data-testid={`benchmark-${m.id}`} data-position={m.position ?? "none"} className="min-w-0">
      <Card title={m.label} subtitle={WHAT[m.id]} action={badge} className="h-full">
        <p className="mb-3 text-3xl font-semibold tabular-nums text-slate-900" data-testid="benchmark-value">{m.display ?? "–"}</p>
        <BandScale scale={prepareBandScale(m)} display={m.display} position={m.position} label={m.label} />
        <p className="mt-4 text-sm text-slate-700" data-testid="benchmark-reading">{m.reading}</p>
        {m.nextStep ? (
          <div className="mt-3 rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-950" data-testid="benchmark-next-step">
            <p className="font-medium">Next band up: {m.nextStep.band}</p>
            <p className="mt-0.5">{m.nextStep.text}</p>
          </div>
        ) : m.position === "elite" ? (
          <p className="mt-3 text-sm font-medium text-emerald-800" data-testid="benchmark-next-step">Top band: keep it there.</p>
        ) : null}
      </Card>
    </div>
  );
}
