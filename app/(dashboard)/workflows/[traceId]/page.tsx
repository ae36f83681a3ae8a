import Link from "next/link";
import { notFound } from "next/navigation";
import { TraceSteps } from "@/components/workflows/trace-steps";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { UserText } from "@/components/ui/user-text";
import { requireMemberPage } from "@/lib/auth/session";
import { formatDuration, formatMultiplier } from "@/lib/charts/prepare-workflows";
import { filtersToParams, parseFilters } from "@/lib/filters/schema";
import { formatCount, formatMoney } from "@/lib/format/number";
import { toNano } from "@/lib/money";
import { getWorkflowTrace } from "@/lib/workflows/queries";

export const metadata = { title: "Workflow" };

/** One trace of the org step by step; a shareable link (another org's trace id is a 404). The workflows view's filters ride along for the way back. */
export default async function WorkflowTracePage({ params, searchParams }: { params: Promise<{ traceId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const [{ traceId }, raw] = await Promise.all([params, searchParams]);
  const trace = await getWorkflowTrace(member.orgId, traceId);
  if (!trace) notFound();
  const back = filtersToParams(parseFilters(raw).filters).toString();
  const max = toNano(trace.maxStepCostNano);
  return (
    <div className="space-y-6">
      <div className="min-w-0">
        <Link href={`/workflows${back ? `?${back}` : ""}`} className="text-sm text-indigo-700 underline-offset-2 hover:underline">← Workflows</Link>
        <h1 className="mt-1 break-all text-xl font-semibold tracking-tight">Trace <UserText className="font-mono text-lg">{trace.traceId}</UserText></h1>
        <p className="text-sm text-slate-600">
          <UserText>{trace.featureName}</UserText> · started {trace.startTs.replace("T", " ").slice(0, 19)} UTC
        </p>
      </div>
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="Cost" value={formatMoney(trace.costNano)} hint={`dearest step ${formatMoney(trace.maxStepCostNano)}`} />
        <Stat label="Steps" value={formatCount(trace.totalSteps)} hint={trace.errors ? `${trace.errors} failed` : "none failed"} />
        <Stat label="vs dearest step" value={max === 0n ? "–" : formatMultiplier(Number((toNano(trace.costNano) * 100n) / max) / 100)} hint="the trace's cost over its most expensive step" />
        <Stat label="Duration" value={formatDuration(Date.parse(trace.endTs) - Date.parse(trace.startTs))} hint="first step to last step start" />
      </div>
      <Card title="Steps" subtitle="In time order, indented under their parent span; the bar is each step's cost against the dearest step">
        {trace.truncated && (
          <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900" data-testid="steps-truncated">
            Showing the first {formatCount(trace.stepLimit)} of {formatCount(trace.totalSteps)} steps; the figures above cover them all.
          </p>
        )}
        <TraceSteps trace={trace} />
      </Card>
    </div>
  );
}
