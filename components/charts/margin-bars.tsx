// Margin bars drawn with plain elements rather than Recharts: three bars do not
// justify ~120 KB of chart library on a page that must stay inside its bundle
// budget (scripts/lib/bundle-check.ts). The data is prepared in lib/charts.
import { ChartDataTable, type ChartTable } from "@/components/charts/chart-data-table";
import type { MarginBar } from "@/lib/charts/prepare-launch-review";

/** Vertical bars of margins on a percent axis, with a dashed line at the gate, and the data as a table. */
export function MarginBars({ data, domain, gate, label, table }: { data: MarginBar[]; domain: [number, number]; gate: number; label: string; table: ChartTable }) {
  const [lo, hi] = domain;
  const top = (v: number) => `${((hi - Math.min(hi, Math.max(lo, v))) / (hi - lo)) * 100}%`;
  const ticks: number[] = [];
  for (let t = hi; t >= lo; t -= 25) ticks.push(t);
  return (
    <figure className="w-full" data-testid="chart">
      <div role="img" aria-label={`${label} (the data is in the table below)`} className="flex gap-2 pt-5">
        <div aria-hidden className="relative h-48 w-10 shrink-0 text-right text-[11px] text-slate-600">
          {ticks.map((t) => <span key={t} className="absolute right-0 -translate-y-1/2" style={{ top: top(t) }}>{t}%</span>)}
        </div>
        <div className="relative h-48 flex-1 border-b border-slate-300">
          {ticks.map((t) => <div key={t} aria-hidden className="absolute inset-x-0 border-t border-dashed border-slate-200" style={{ top: top(t) }} />)}
          {lo < 0 && <div aria-hidden className="absolute inset-x-0 border-t border-slate-400" style={{ top: top(0) }} />}
          <div aria-hidden className="absolute inset-x-0 z-10 border-t-2 border-dashed border-slate-900" style={{ top: top(gate) }} />
          <div className="absolute inset-0 grid" style={{ gridTemplateColumns: `repeat(${data.length}, minmax(0, 1fr))` }}>
            {data.map((d) => (
              <div key={d.label} className="relative">
                <div data-testid="margin-bar" className="absolute left-1/2 w-3/5 max-w-16 -translate-x-1/2 rounded-t" style={{ top: top(Math.max(0, d.value)), bottom: `calc(100% - ${top(Math.min(0, d.value))})`, background: d.color }} />
                <span className="absolute left-1/2 -translate-x-1/2 -translate-y-full whitespace-nowrap pb-0.5 text-[11px] font-medium text-slate-900" style={{ top: top(Math.max(0, d.value)) }}>{d.text}</span>
              </div>
            ))}
          </div>
        </div>
      </div>
      <div aria-hidden className="ml-12 grid text-center text-[11px] text-slate-600" style={{ gridTemplateColumns: `repeat(${data.length}, minmax(0, 1fr))` }}>
        {data.map((d) => <span key={d.label} className="pt-1">{d.label}</span>)}
      </div>
      <ChartDataTable label={label} table={table} />
    </figure>
  );
}
