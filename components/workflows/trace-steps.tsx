import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";
import { formatDuration, prepareStepBars, WORKFLOW_COLOR } from "@/lib/charts/prepare-workflows";
import { formatCount, formatMoney } from "@/lib/format/number";
import type { WorkflowTrace } from "@/lib/workflows/schemas";

/** One trace step by step: model indented by its span depth, tokens, latency, and cost with a bar against the dearest step. */
export function TraceSteps({ trace }: { trace: WorkflowTrace }) {
  const bars = prepareStepBars(trace.steps, trace.startTs);
  return (
    <TableScroll label="Steps">
      <table className="w-full text-sm" data-testid="trace-steps">
        <thead>
          <tr className={HEAD_ROW}>
            <th scope="col" className="py-2 pr-3 font-medium">#</th>
            <th scope="col" className="py-2 pr-4 font-medium">Model</th>
            <th scope="col" className="py-2 pr-4 font-medium">Cost</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Start</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Input</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Cached</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Output</th>
            <th scope="col" className="py-2 text-right font-medium">Latency</th>
          </tr>
        </thead>
        <tbody>
          {trace.steps.map((s, i) => (
            <tr key={s.eventId} className={BODY_ROW} data-testid="trace-step" data-depth={s.depth}>
              <td className="py-2 pr-3 tabular-nums text-slate-500">{i + 1}</td>
              <td className="py-2 pr-4">
                <div style={{ paddingLeft: `${Math.min(s.depth, 8) * 0.75}rem` }} className="flex items-start gap-1.5">
                  {s.depth > 0 && <span aria-hidden className="text-slate-400">└</span>}
                  <div className="min-w-0">
                    <UserText className="block break-all font-medium text-slate-900">{s.model}</UserText>
                    <span className="text-xs text-slate-500"><UserText>{s.provider}</UserText></span>
                    {s.status === "error" && <span className="ml-1.5 rounded bg-rose-50 px-1 text-xs text-rose-700">error</span>}
                    {s.depth > 0 && <span className="sr-only"> (depth {s.depth})</span>}
                  </div>
                </div>
              </td>
              <td className="py-2 pr-4">
                <div className="flex items-center gap-2">
                  <span className="w-16 shrink-0 tabular-nums">{formatMoney(s.costNano)}</span>
                  <div className="h-2.5 w-10 sm:w-32" aria-hidden>
                    <div className="h-2.5 rounded-r" style={{ width: `${Math.max(bars[i].costPct, 0.5)}%`, background: WORKFLOW_COLOR }} />
                  </div>
                </div>
              </td>
              <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums text-slate-700">+{formatDuration(bars[i].offsetMs)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCount(s.inputTokens)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCount(s.cachedInputTokens)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCount(s.outputTokens)}</td>
              <td className="whitespace-nowrap py-2 text-right tabular-nums">{s.latencyMs === null ? "–" : formatDuration(s.latencyMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
