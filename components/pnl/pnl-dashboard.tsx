"use client";

import { Card } from "@/components/ui/card";
import { CsvExportLink } from "@/components/ui/csv-export-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat } from "@/components/ui/stat";
import { FilterBar } from "@/components/filters/filter-bar";
import { PnlTable } from "@/components/pnl/pnl-table";
import { PnlInputs } from "@/components/pnl/pnl-inputs";
import type { ModelFeature } from "@/components/pnl/revenue-model-form";
import type { FilterIssue } from "@/lib/filters/schema";
import { WaterfallChart } from "@/components/charts/waterfall-chart";
import { pnlWaterfall } from "@/lib/charts/prepare-pnl";
import { formatMarginPct, formatMoney, formatMoneyTick } from "@/lib/format/number";
import { usdToNano } from "@/lib/money";
import { useUrlFilters } from "@/lib/hooks/use-url-filters";
import type { Overview } from "@/lib/overview/schemas";
import type { Pnl } from "@/lib/pnl/schemas";


/** The P&L page: range and team filters in the URL (the server renders each view), totals, the feature table. */
export function PnlDashboard({ data, options, initialSearch, initialIssues, editable, defaultMonth, trend }: {
  data: Pnl; options: Overview["options"]; initialSearch: string; initialIssues: FilterIssue[]; editable: ModelFeature[]; defaultMonth: string;
  /** the per-month margin trend panel (server-rendered) */
  trend?: React.ReactNode;
}) {
  const { search, filters, issues, change } = useUrlFilters({ search: initialSearch, issues: initialIssues });
  const t = data.totals;
  const atRisk = data.features.filter((f) => (f.marginPct ?? 0) > 0 && ((f.projection.x10.marginPct ?? 0) < 0 || (f.projection.x100.marginPct ?? 0) < 0));
  const losing = data.features.filter((f) => f.status === "losing");
  const waterfall = pnlWaterfall(t);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Feature P&amp;L</h1>
        <p className="text-sm text-slate-600">What every AI feature costs and earns · {data.range.from} – {data.range.to} (UTC)</p>
      </div>
      <FilterBar view={filters} options={options} issues={issues} onChange={change} fields={["team"]} />
      {data.range.prorated && (
        <p className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700" data-testid="proration-note">
          This range covers part of a month: monthly revenue and other costs are prorated by the days it covers.
        </p>
      )}
      {data.features.length === 0 ? (
        <EmptyState title="No features with usage or revenue in this range">
          Send usage events with a <code className="font-mono">feature</code> key, then enter revenue below or with <code className="font-mono">POST /api/v1/revenue</code>.
        </EmptyState>
      ) : (
        <>
          <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <Stat label="Revenue" value={formatMoney(t.revenueNano, { compact: true })} hint="entered and derived" />
            <Stat label="AI COGS" value={formatMoney(t.cogsNano, { compact: true })} hint={`${formatMoney(t.tokenCostNano, { compact: true })} tokens + ${formatMoney(t.otherCostNano, { compact: true })} other`} />
            <Stat label="Contribution margin" value={formatMarginPct(t.marginPct)} hint={t.prevMarginPct === null ? "no previous margin" : `${formatMarginPct(t.prevMarginPct)} the period before`} />
            <Stat label="At 100× volume" value={formatMarginPct(t.projection.x100.marginPct)} hint={`${formatMarginPct(t.projection.x10.marginPct)} at 10×`} />
          </div>
          {(losing.length > 0 || atRisk.length > 0) && (
            <div role="note" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900" data-testid="pnl-warnings">
              {losing.length > 0 && <p>{losing.length} feature{losing.length > 1 ? "s lose" : " loses"} money at today&apos;s volume.</p>}
              {atRisk.length > 0 && <p>Success can destroy margins: {atRisk.length} profitable feature{atRisk.length > 1 ? "s turn" : " turns"} negative at 10× or 100× volume (fixed revenue, scaling cost).</p>}
            </div>
          )}
          <div className="grid gap-4 lg:grid-cols-2">
            <Card title="From revenue to margin" subtitle="All features in the range: revenue, less token cost, less other AI costs">
              <WaterfallChart {...waterfall} label="Revenue to contribution margin" format={(v) => formatMoney(usdToNano(v))} tickFormat={(v, step) => formatMoneyTick(v, step, { compact: true })} />
            </Card>
            {trend}
          </div>
          <Card title="Features" subtitle="Sort by any column; a name opens the feature's detail" action={<CsvExportLink href={`/api/v1/pnl/export${search ? `?${search}` : ""}`} />}>
            <PnlTable features={data.features} featureHref={(key) => `/features/${encodeURIComponent(key)}?from=${data.range.from}&to=${data.range.to}`} />
          </Card>
        </>
      )}
      {editable.length > 0 ? <PnlInputs features={editable} defaultMonth={defaultMonth} /> : (
        <p className="text-sm text-slate-600" data-testid="read-only-reason">Only admins, and leads of a feature&apos;s team, can enter its revenue and costs.</p>
      )}
    </div>
  );
}
