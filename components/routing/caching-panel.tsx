"use client";

import { useState } from "react";
import Link from "next/link";
import { StackedBarListChart } from "@/components/charts/stacked-bar-list-chart";
import { Card } from "@/components/ui/card";
import { QueryError } from "@/components/ui/query-error";
import { CsvExportLink } from "@/components/ui/csv-export-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Segmented } from "@/components/ui/segmented";
import { Skeleton } from "@/components/ui/skeleton";
import { SortableTable, type SortableColumn } from "@/components/ui/sortable-table";
import { Stat } from "@/components/ui/stat";
import { UserText } from "@/components/ui/user-text";
import type { Caching, CachingFeature, CachingModel } from "@/lib/caching/schemas";
import { prepareSavingsBars, SAVINGS_SERIES } from "@/lib/charts/prepare-caching";
import { formatCount, formatMoney, formatPercent } from "@/lib/format/number";
import { useCaching, type CachingView } from "@/lib/hooks/use-caching";
import { usdToNano } from "@/lib/money";

const tokens = (s: string) => formatCount(BigInt(s), { compact: true });
const money = (v: number) => formatMoney(usdToNano(v), { compact: true });
const GAP_LABEL = { unpriced: "no price", no_cache_discount: "no cache discount" } as const;

/**
 * Caching on a filtered view: the app's response cache (hit rate, cost avoided)
 * and the provider's prompt cache (share of input tokens, savings), per feature
 * and model. Loads on its own (keyed by the view), with skeleton, empty and error states.
 */
export function CachingPanel({ orgId, filters }: { orgId: string; filters: CachingView }) {
  const query = useCaching(orgId, filters);
  const data = query.data;
  return (
    <section aria-labelledby="caching-heading" className="space-y-4" data-testid="caching-panel" aria-busy={query.isFetching}>
      <div>
        <h2 id="caching-heading" className="text-base font-semibold text-slate-900">Caching</h2>
        <p className="text-sm text-slate-600">Requests your app served from its own cache, and input tokens the provider read from its prompt cache</p>
      </div>
      {query.isError && <QueryError what="the caching figures" message={query.error.message} stale={Boolean(data)} onRetry={() => query.refetch()} />}
      {!data ? (query.isError ? null : <CachingSkeleton />) : data.responseCache.requests === 0 ? (
        <EmptyState title="No requests in this view">Caching figures appear once requests arrive for this range and filter.</EmptyState>
      ) : (
        <CachingBody data={data} search={query.search} />
      )}
    </section>
  );
}

function CachingBody({ data, search }: { data: Caching; search: string }) {
  const featureHref = (key: string) => `/features/${encodeURIComponent(key)}?from=${data.from}&to=${data.to}`;
  const [table, setTable] = useState<"features" | "models">("features");
  const r = data.responseCache;
  const p = data.promptCache;
  const gaps = data.byModel.filter((m) => !m.priced && BigInt(m.cachedInputTokens) > 0n).length;
  const { bars, table: chartTable } = prepareSavingsBars(data.byFeature);
  return (
    <>
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="Cache hit rate" value={formatPercent(r.hitRate)} hint={`${formatCount(r.hits)} of ${formatCount(r.requests)} requests from your cache`} />
        <Stat label="Avoided cost" value={formatMoney(r.avoidedCostNano)}
          hint={`hits × the feature's average paid request${r.unknownCostHits ? ` · ${formatCount(r.unknownCostHits)} hits of unknown cost not counted` : ""}`} />
        <Stat label="Prompt-cache share" value={formatPercent(p.share)} hint={`${tokens(p.cachedInputTokens)} of ${tokens(p.inputTokens)} input tokens cached`} />
        <Stat label="Prompt-cache savings" value={formatMoney(p.savingsNano)}
          hint={`cached tokens × (input − cache-read price)${gaps ? ` · ${gaps} model${gaps > 1 ? "s" : ""} counted as 0` : ""}`} />
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <Card className="min-w-0" title="Savings per feature" subtitle="Avoided by your response cache and saved by the provider's prompt cache">
          {bars.length === 0 ? (
            <EmptyState title="Nothing saved by caching in this view">No cache hits with a known cost and no discounted prompt-cache reads.</EmptyState>
          ) : (
            <StackedBarListChart data={bars} series={SAVINGS_SERIES} format={money} label="Savings per feature" table={chartTable} rowHref={featureHref} />
          )}
        </Card>
        <Card className="min-w-0" title={table === "features" ? "Caching by feature" : "Prompt cache by model"} action={<CsvExportLink href={`/api/v1/caching/export?table=${table}${search ? `&${search}` : ""}`} />}>
          <div className="mb-3">
            <Segmented label="Caching table" value={table} onChange={setTable} options={[{ value: "features", label: "By feature" }, { value: "models", label: "By model" }]} />
          </div>
          {table === "features" ? (
            <SortableTable key="features" label="Caching by feature" rows={data.byFeature} columns={featureColumns(featureHref)} rowKey={(f) => f.key} initialSort={{ key: "avoided", desc: true }} testId="caching-features" />
          ) : (
            <SortableTable key="models" label="Prompt cache by model" rows={data.byModel} columns={MODEL_COLUMNS} rowKey={(m) => `${m.provider}/${m.model}`} initialSort={{ key: "savings", desc: true }} testId="caching-models" />
          )}
        </Card>
      </div>
    </>
  );
}

function featureColumns(featureHref: (key: string) => string): SortableColumn<CachingFeature>[] {
  return [
    {
      key: "name", label: "Feature", sortValue: (f) => f.name.toLowerCase(),
      cell: (f) => <Link href={featureHref(f.key)} className="font-medium underline-offset-2 hover:underline"><UserText>{f.name}</UserText></Link>,
    },
    { key: "hitRate", label: "Hit rate", numeric: true, sortValue: (f) => f.hitRate, cell: (f) => <>{formatPercent(f.hitRate)}<span className="block text-xs text-slate-600">{formatCount(f.hits)} of {formatCount(f.requests)}</span></> },
    { key: "avoided", label: "Avoided", numeric: true, sortValue: (f) => (f.avoidedCostNano === null ? null : BigInt(f.avoidedCostNano)), cell: (f) => (f.avoidedCostNano === null ? <span title="every request was a hit: no paid request to average">unknown</span> : formatMoney(f.avoidedCostNano)) },
    { key: "share", label: "Cached input", numeric: true, sortValue: (f) => f.cachedShare, cell: (f) => <>{formatPercent(f.cachedShare)}<span className="block text-xs text-slate-600">{tokens(f.cachedInputTokens)} tokens</span></> },
    { key: "saved", label: "Prompt savings", numeric: true, sortValue: (f) => BigInt(f.promptSavingsNano), cell: (f) => formatMoney(f.promptSavingsNano) },
  ];
}

const MODEL_COLUMNS: SortableColumn<CachingModel>[] = [
  {
    key: "model", label: "Model", sortValue: (m) => `${m.provider}/${m.model}`,
    cell: (m) => <><UserText className="font-medium">{m.model}</UserText><span className="block text-xs text-slate-600"><UserText>{m.provider}</UserText>{m.gap && <> · <span className="text-amber-800">{GAP_LABEL[m.gap]}</span></>}</span></>,
  },
  { key: "input", label: "Input tokens", numeric: true, sortValue: (m) => BigInt(m.inputTokens), cell: (m) => tokens(m.inputTokens) },
  { key: "share", label: "Cached", numeric: true, sortValue: (m) => m.cachedShare, cell: (m) => <>{formatPercent(m.cachedShare)}<span className="block text-xs text-slate-600">{tokens(m.cachedInputTokens)} tokens</span></> },
  { key: "savings", label: "Savings", numeric: true, sortValue: (m) => BigInt(m.promptSavingsNano), cell: (m) => formatMoney(m.promptSavingsNano) },
];

/** The panel's shape while it loads. */
export function CachingSkeleton() {
  return (
    <div className="space-y-4" role="status" aria-busy="true" aria-label="Loading the caching figures">
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => <Skeleton key={i} className="h-24" />)}
      </div>
      <div className="grid gap-4 xl:grid-cols-2">
        <Skeleton className="h-72" />
        <Skeleton className="h-72" />
      </div>
    </div>
  );
}
