"use client";

import Link from "next/link";
import { BarListChart } from "@/components/charts/bar-list-chart";
import { HistogramChart, MARKER_COLORS } from "@/components/charts/histogram-chart";
import { MarginTrendChart } from "@/components/charts/margin-trend-chart";
import { StackedAreaChart } from "@/components/charts/stacked-area-chart";
import { FeatureStats } from "@/components/features/feature-stats";
import { RevenueHistory } from "@/components/features/revenue-history";
import { TopUsersTable } from "@/components/features/top-users-table";
import { FilterBar } from "@/components/filters/filter-bar";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { UserText } from "@/components/ui/user-text";
import { TIER_COLORS } from "@/lib/charts/colors";
import { describeSample, formatUnitMoney, PERCENTILES, prepareCostHistogram, prepareDailyCost, prepareMonthlyMargin, tierShares } from "@/lib/charts/prepare-feature";
import { dayLabel, prepareModelBars } from "@/lib/charts/prepare-overview";
import { filtersToParams, type FilterIssue } from "@/lib/filters/schema";
import { formatMoney, formatMoneyTick, formatPercent } from "@/lib/format/number";
import { useUrlFilters } from "@/lib/hooks/use-url-filters";
import { usdToNano } from "@/lib/money";
import type { FeatureDetail } from "@/lib/pnl/feature-schemas";

const NO_OPTIONS = { teams: [], features: [], models: [] };
const MODEL_LABEL = { monthly: "monthly revenue", per_request: "revenue per request", per_user: "revenue per active user" } as const;
const money = (v: number) => formatMoney(usdToNano(v), { compact: true });

/** One feature's P&L: the range in the URL (the server renders each view), tiles, trends, cost structure, sample-based distribution, revenue history. */
export function FeatureDetailView({ data, initialSearch, initialIssues }: { data: FeatureDetail; initialSearch: string; initialIssues: FilterIssue[] }) {
  const { filters, issues, change } = useUrlFilters({ search: initialSearch, issues: initialIssues });
  const f = data.feature;
  const pnlHref = `/pnl?${filtersToParams({ ...filters, team: null, feature: null, provider: null, model: null }).toString()}`;
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs items={[{ label: "P&L", href: pnlHref }, { label: f.name }]} />
        <h1 className="text-xl font-semibold tracking-tight"><UserText>{f.name}</UserText></h1>
        <p className="text-sm text-slate-600">
          <span className="font-mono text-xs"><UserText>{f.key}</UserText></span>
          {f.team && <> · team <UserText>{f.team.name}</UserText></>} · {MODEL_LABEL[f.revenueModel]}{!f.registered && " · unregistered"} · {data.range.from} – {data.range.to} (UTC)
        </p>
      </div>
      <FilterBar view={filters} options={NO_OPTIONS} issues={issues} onChange={change} fields={[]} />
      {data.range.prorated && (
        <p className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700" data-testid="proration-note">
          This range covers part of a month: monthly revenue and other costs are prorated by the days it covers (months marked *).
        </p>
      )}
      <FeatureStats data={data} />
      <div className="grid gap-6 xl:grid-cols-2">
        <MarginCard data={data} />
        <DailyCostCard data={data} />
      </div>
      {data.pnl.requests === 0 ? (
        <EmptyState title="No requests in this range">Cost by model, cost per request and end users appear once this feature sends usage events.</EmptyState>
      ) : (
        <>
          <div className="grid gap-6 xl:grid-cols-2">
            <ModelsCard data={data} />
            <HistogramCard data={data} />
          </div>
          <Card title="Top end users by cost" subtitle={describeSample(data.costPerRequest)}>
            <TopUsersTable top={data.topUsers} />
          </Card>
        </>
      )}
      <Card title="Revenue entries" subtitle="Entered monthly revenue for the months of this range, with every change">
        <RevenueHistory feature={f} entries={data.revenue} />
      </Card>
    </div>
  );
}

function MarginCard({ data }: { data: FeatureDetail }) {
  const m = prepareMonthlyMargin(data.monthly);
  return (
    <Card title="Margin by month" subtitle={`Contribution margin per calendar month; dashed lines at 0% and the healthy 50%${m.partial ? "; * partly in the range" : ""}`}>
      {m.data.every((d) => d.margin === null) ? (
        <EmptyState title="No revenue in these months">Without revenue there is no margin to show.</EmptyState>
      ) : (
        <MarginTrendChart data={m.data} ticks={m.ticks} label="Margin by month" table={m.table} />
      )}
    </Card>
  );
}

function DailyCostCard({ data }: { data: FeatureDetail }) {
  const d = prepareDailyCost(data.daily, "#4f46e5");
  const partial = data.range.partialDay ? dayLabel(data.range.partialDay) : null;
  return (
    <Card title="Daily token cost" subtitle={`UTC days${partial ? "; today is still filling up (hatched)" : ""}`}>
      <StackedAreaChart data={d.data} series={d.series} ticks={d.ticks} format={(v, step) => formatMoneyTick(v, step, { compact: true })} tooltipFormat={(v) => formatMoney(usdToNano(v))} label="Daily token cost" table={d.table} partialLabel={partial} />
    </Card>
  );
}

function ModelsCard({ data }: { data: FeatureDetail }) {
  const p = prepareModelBars(data.models);
  return (
    <Card title="Cost by model" subtitle="Coloured by tier">
      <BarListChart data={p.bars} format={money} label="Token cost by model" table={p.table} />
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Cost by tier" data-testid="tier-split">
        {tierShares(data.tiers).map((t) => (
          <li key={t.tier} className="flex items-center gap-1.5">
            <span className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: TIER_COLORS[t.tier as keyof typeof TIER_COLORS] ?? TIER_COLORS.unknown }} aria-hidden="true" />
            {t.tier} {formatPercent(t.share)} ({formatMoney(t.costNano)})
          </li>
        ))}
        <li><Link href="/settings/tiers" className="underline">edit tiers</Link></li>
      </ul>
    </Card>
  );
}

function HistogramCard({ data }: { data: FeatureDetail }) {
  const c = data.costPerRequest;
  const h = prepareCostHistogram(c);
  const value = { p50: c.p50Nano, p90: c.p90Nano, p99: c.p99Nano };
  return (
    <Card title="Cost per request" subtitle={describeSample(c)}>
      <dl className="mb-3 flex flex-wrap gap-x-5 gap-y-1 text-sm" data-testid="percentiles">
        {PERCENTILES.map((p) => (
          <div key={p} className="flex items-baseline gap-1.5">
            <dt className="font-medium" style={{ color: MARKER_COLORS[p] }}>{p}</dt>
            <dd className="tabular-nums text-slate-900">{value[p] === null ? "–" : formatUnitMoney(value[p]!)}</dd>
          </div>
        ))}
        <div className="flex items-baseline gap-1.5"><dt className="text-slate-600">mean</dt><dd className="tabular-nums">{c.meanNano === null ? "–" : formatUnitMoney(c.meanNano)}</dd></div>
      </dl>
      {h.data.length > 0 && <HistogramChart data={h.data} markers={h.markers} ticks={h.ticks} label="Requests by cost per request" table={h.table} />}
    </Card>
  );
}
