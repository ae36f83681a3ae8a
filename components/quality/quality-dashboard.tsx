"use client";

import { Card } from "@/components/ui/card";
import { QueryError } from "@/components/ui/query-error";
import { CsvExportLink } from "@/components/ui/csv-export-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat } from "@/components/ui/stat";
import { CostQualityScatter, FRONTIER_COLOR } from "@/components/charts/cost-quality-scatter";
import { FilterBar, type View } from "@/components/filters/filter-bar";
import { QualitySkeleton } from "@/components/quality/quality-skeleton";
import { featureRows, modelRows, QualityTable } from "@/components/quality/quality-table";
import { formatCostTick, prepareCostQuality } from "@/lib/charts/prepare-quality";
import type { FilterIssue } from "@/lib/filters/schema";
import { formatMoney, formatMoneyTick, formatPercent } from "@/lib/format/number";
import { useQuality } from "@/lib/hooks/use-quality";
import { useUrlFilters } from "@/lib/hooks/use-url-filters";
import { usdToNano } from "@/lib/money";
import type { Overview } from "@/lib/overview/schemas";
import type { Quality } from "@/lib/quality/schemas";

const usd = (v: number) => formatMoney(usdToNano(v));

export function QualityDashboard({ orgId, initial, options, initialSearch, initialIssues }: {
  orgId: string; initial: Quality; options: Overview["options"]; initialSearch: string; initialIssues: FilterIssue[];
}) {
  const { search, filters, issues, change, hrefFor } = useUrlFilters({ search: initialSearch, issues: initialIssues });
  const query = useQuality(orgId, search, search === initialSearch ? initial : undefined);
  const data = query.data;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Quality</h1>
        <p className="text-sm text-slate-600">Quality score, hallucinations and guardrail blocks against cost, per feature and model · {filters.from} – {filters.to} (UTC)</p>
      </div>
      <FilterBar view={filters} options={options} issues={issues} onChange={change} />
      {query.isError && <QueryError what="the quality figures" message={query.error.message} stale={Boolean(data)} onRetry={() => query.refetch()} />}
      {!data ? (query.isError ? null : <QualitySkeleton />) : (
        <QualityBody data={data} search={search} refreshing={query.isFetching} stale={query.isError} filtered={Boolean(filters.team || filters.feature || filters.model)} hrefFor={hrefFor} />
      )}
    </div>
  );
}

function QualityBody({ data, search, refreshing, stale, filtered, hrefFor }: {
  data: Quality; search: string; refreshing: boolean; stale: boolean; filtered: boolean; hrefFor: (patch: Partial<View>) => string;
}) {
  const o = data.overall;
  if (o.requests === 0) {
    return <EmptyState title={filtered ? "No usage matches these filters" : "No usage in this period yet"}>{filtered ? "Widen the date range or clear the filters above." : "Send usage events to POST /api/v1/events, with quality signals, and they appear here."}</EmptyState>;
  }
  if (o.scored === 0 && o.hallucinationChecked === 0 && o.guardrailChecked === 0) {
    return (
      <EmptyState title="No quality signals yet">
        Send <code className="font-mono">quality: {"{score, hallucination, guardrailBlocked}"}</code> with events (a score from 0 to 1 from your evaluator, whether a hallucination was flagged, whether a guardrail blocked the answer), and rates appear here.
      </EmptyState>
    );
  }
  const chart = prepareCostQuality(data.byModel);
  const step = chart.x.ticks[1] - chart.x.ticks[0];
  const formatTick = chart.x.scale === "log" ? formatCostTick : (v: number) => formatMoneyTick(v, step);
  const exportHref = (table: string) => `/api/v1/quality/export?table=${table}${search ? `&${search}` : ""}`;
  const signalShare = (n: number) => formatPercent(n / o.requests, 0);
  return (
    <div className={`space-y-6 transition-opacity ${refreshing ? "opacity-70" : ""} ${stale ? "opacity-60" : ""}`} aria-busy={refreshing}>
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="Mean quality score" value={o.meanScore === null ? "–" : o.meanScore.toFixed(3)} hint="0 to 1, over scored requests" />
        <Stat label="Hallucination rate" value={formatPercent(o.hallucinationRate)} hint={o.hallucinationChecked ? `of ${o.hallucinationChecked.toLocaleString("en-US")} checked requests` : "no request checked"} />
        <Stat label="Guardrail-block rate" value={formatPercent(o.guardrailBlockRate, 2)} hint={o.guardrailChecked ? `of ${o.guardrailChecked.toLocaleString("en-US")} checked requests` : "no request checked"} />
        <Stat label="Scored requests" value={signalShare(o.scored)} hint={`${signalShare(o.hallucinationChecked)} checked for hallucinations, ${signalShare(o.guardrailChecked)} by guardrails`} />
      </div>

      <Card title="Cost vs quality per model" subtitle={`Cost per request (${chart.x.scale === "log" ? "log scale" : "from $0"}) against mean quality score; bigger points carry more requests`}>
        {chart.series.length === 0 ? (
          <EmptyState title="No model has both a price and a quality score in this view" />
        ) : (
          <>
            <CostQualityScatter series={chart.series} frontier={chart.frontier} x={chart.x} y={chart.y} label="Cost per request against mean quality score per model" table={chart.table} formatCost={usd} formatTick={formatTick} />
            <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700" data-testid="scatter-legend">
              {chart.series.map((s) => (
                <span key={s.key} className="flex items-center gap-1.5"><span className="inline-block h-2.5 w-2.5 rounded-full border border-slate-300" style={{ background: s.color }} aria-hidden="true" />{s.label}</span>
              ))}
              <span className="flex items-center gap-1.5"><span className="inline-block h-0.5 w-4" style={{ background: FRONTIER_COLOR }} aria-hidden="true" />Efficient frontier</span>
            </div>
            <p className="mt-2 text-xs text-slate-600">
              Models on the line are not beaten by a cheaper model with as high a score (within 0.005): cheaper models on the line keep quality, and a model below or right of it costs more for the same or less.
              {chart.leftOut > 0 && ` ${chart.leftOut} model${chart.leftOut === 1 ? "" : "s"} without a token cost or a score ${chart.leftOut === 1 ? "is" : "are"} not drawn.`}
            </p>
          </>
        )}
      </Card>

      <Card title="Quality per model" subtitle="A dash: no request carried that signal (not 0%)" action={<CsvExportLink href={exportHref("models")} />}>
        <QualityTable rows={modelRows(data.byModel, (m) => hrefFor({ provider: m.provider, model: m.model }))} label="Quality per model" testId="quality-models" nameHeader="Model" />
      </Card>
      <Card title="Quality per feature" action={<CsvExportLink href={exportHref("features")} />}>
        <QualityTable rows={featureRows(data.byFeature, (key) => hrefFor({ feature: key }))} label="Quality per feature" testId="quality-features" nameHeader="Feature" />
      </Card>
      <p className="text-xs text-slate-600">Rates count only the requests that carried the signal. Cost per request leaves out requests on models without a price. Figures come from daily rollups in UTC.</p>
    </div>
  );
}
