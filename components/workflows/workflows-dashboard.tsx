"use client";

import { FilterBar } from "@/components/filters/filter-bar";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat } from "@/components/ui/stat";
import { TopWorkflowsTable } from "@/components/workflows/top-workflows-table";
import { WorkflowVsSingle } from "@/components/workflows/workflow-vs-single";
import { formatMultiplier, prepareWorkflowVsSingle } from "@/lib/charts/prepare-workflows";
import type { FilterIssue } from "@/lib/filters/schema";
import { formatCount, formatMoney } from "@/lib/format/number";
import { useUrlFilters } from "@/lib/hooks/use-url-filters";
import type { Overview } from "@/lib/overview/schemas";
import type { Workflows } from "@/lib/workflows/schemas";

/** How to make traces appear here: shown whenever the range has none. */
export function NoTracesHint() {
  return (
    <>
      Give each event of a multi-step request the same <code className="font-mono">traceId</code>, its own <code className="font-mono">spanId</code> and its caller&apos;s{" "}
      <code className="font-mono">parentSpanId</code> (<code className="font-mono">POST /api/v1/events</code>, or OTLP spans carry them already); see
      “Workflows (multi-step traces)” in the README.
    </>
  );
}

/** The workflows page: range, team and feature in the URL (the server renders each view). */
export function WorkflowsDashboard({ data, options, initialSearch, initialIssues }: { data: Workflows; options: Overview["options"]; initialSearch: string; initialIssues: FilterIssue[] }) {
  const { filters, issues, change, search } = useUrlFilters({ search: initialSearch, issues: initialIssues });
  const hrefFor = (traceId: string) => `/workflows/${encodeURIComponent(traceId)}${search ? `?${search}` : ""}`;
  const chart = prepareWorkflowVsSingle(data);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Workflows</h1>
        <p className="text-sm text-slate-600">Multi-step traces (events sharing a traceId) against single calls · {data.from} – {data.to} (UTC)</p>
      </div>
      <FilterBar view={filters} options={options} issues={issues} onChange={change} fields={["team", "feature"]} />
      {data.workflows === 0 ? (
        <EmptyState title="No multi-step traces in this range — send traceId/spanId with events">
          <NoTracesHint />
          {data.singleCalls > 0 && <p className="mt-2">This range has {formatCount(data.singleCalls)} single calls{data.singleCallCostNano ? ` averaging ${formatMoney(data.singleCallCostNano)}` : ""}.</p>}
        </EmptyState>
      ) : (
        <>
          <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
            <Stat label="Workflows" value={formatCount(data.workflows)} hint={`${formatCount(data.steps)} steps, ${formatMoney(data.costNano)}`} />
            <Stat label="Avg steps" value={data.avgSteps === null ? "–" : data.avgSteps.toFixed(1)} hint="per workflow" />
            <Stat label="Avg cost" value={data.avgCostNano === null ? "–" : formatMoney(data.avgCostNano)} hint="per workflow" />
            <Stat label="vs single call" value={formatMultiplier(data.multiplierOverSingleCall)}
              hint={data.singleCallCostNano === null ? "no single calls in this range" : `a single call averages ${formatMoney(data.singleCallCostNano)}`} />
            <Stat label="vs dearest step" value={formatMultiplier(data.multiplierOverMaxStep)} hint="a workflow's cost over its most expensive step" />
          </div>
          <Card title="Cost per workflow against a single call" subtitle="Per feature, on one scale: the multiplier is what a multi-step request costs next to one call of the same feature">
            <WorkflowVsSingle bars={chart.bars} table={chart.table} label="Average cost per workflow and per single call, by feature" />
          </Card>
          <Card title="Most expensive workflows" subtitle={`Top ${data.top.length} by cost that started in the range; open one for its steps`}>
            <TopWorkflowsTable top={data.top} hrefFor={hrefFor} />
          </Card>
        </>
      )}
    </div>
  );
}
