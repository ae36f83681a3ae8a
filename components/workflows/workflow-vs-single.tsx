// Paired bars drawn with plain elements (like components/charts/margin-bars.tsx):
// two bars per feature do not justify the chart library on this page. Data from
// lib/charts/prepare-workflows.ts.
import { ChartDataTable, type ChartTable } from "@/components/charts/chart-data-table";
import { UserText } from "@/components/ui/user-text";
import { ALL_FEATURES_KEY, SINGLE_CALL_COLOR, WORKFLOW_COLOR, type PairedBar } from "@/lib/charts/prepare-workflows";

/** Per feature: the average workflow's cost above the average single call's, on one scale, with the multiplier. */
export function WorkflowVsSingle({ bars, table, label }: { bars: PairedBar[]; table: ChartTable; label: string }) {
  return (
    <figure className="w-full" data-testid="workflow-vs-single">
      <div className="mb-3 flex flex-wrap gap-4 text-xs text-slate-600" aria-hidden>
        <span className="flex items-center gap-1.5"><span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: WORKFLOW_COLOR }} />Per workflow</span>
        <span className="flex items-center gap-1.5"><span className="inline-block h-2.5 w-2.5 rounded-sm" style={{ background: SINGLE_CALL_COLOR }} />Per single call</span>
      </div>
      <div role="img" aria-label={`${label} (the data is in the table below)`} className="space-y-3">
        {bars.map((b) => (
          <div key={b.key} className="grid grid-cols-[minmax(0,7rem)_minmax(0,1fr)_3.5rem] items-center gap-x-3 sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)_4rem]">
            <span className={`truncate text-xs ${b.key === ALL_FEATURES_KEY ? "font-semibold text-slate-900" : "text-slate-700"}`} title={b.label}><UserText>{b.label}</UserText></span>
            <div className="min-w-0 space-y-1">
              <Bar pct={b.workflowPct} color={WORKFLOW_COLOR} text={b.workflowText} />
              <Bar pct={b.singlePct ?? 0} color={SINGLE_CALL_COLOR} text={b.singleText} />
            </div>
            <span className="text-right text-sm font-semibold tabular-nums text-slate-900">{b.multiplierText}</span>
          </div>
        ))}
      </div>
      <ChartDataTable label={label} table={table} />
    </figure>
  );
}

function Bar({ pct, color, text }: { pct: number; color: string; text: string }) {
  return (
    <div className="flex items-center gap-2">
      <div className="h-3 min-w-0 flex-1">
        <div className="h-3 rounded-r" style={{ width: `${Math.max(pct, 0.5)}%`, background: color }} />
      </div>
      <span className="w-20 shrink-0 text-[11px] tabular-nums text-slate-700">{text}</span>
    </div>
  );
}
