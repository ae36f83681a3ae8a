"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { QueryError } from "@/components/ui/query-error";
import { CsvExportLink } from "@/components/ui/csv-export-link";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat } from "@/components/ui/stat";
import { UserText } from "@/components/ui/user-text";
import { BarListChart } from "@/components/charts/bar-list-chart";
import { SimpleLineChart } from "@/components/charts/line-chart";
import { StackedAreaChart } from "@/components/charts/stacked-area-chart";
import { FilterBar, type View } from "@/components/filters/filter-bar";
import { OverviewSkeleton } from "@/components/overview/overview-skeleton";
import { TopFeaturesTable } from "@/components/overview/top-features-table";
import { TopMovers } from "@/components/overview/top-movers";
import { UnpricedWarning } from "@/components/overview/unpriced-warning";
import { type BarDatum, dayLabel, prepareCostPerRequest, prepareFeatureBars, prepareModelBars, prepareSpendOverTime, prepareTeamBars, relativeChange } from "@/lib/charts/prepare-overview";
import { TIER_COLORS } from "@/lib/charts/colors";
import type { FilterIssue } from "@/lib/filters/schema";
import { formatCount, formatMarginPct, formatMoney, formatMoneyTick, formatPercent } from "@/lib/format/number";
import { pnlStatus, type PnlStatus } from "@/lib/pnl/maths";
import { useOverview } from "@/lib/hooks/use-overview";
import { useUrlFilters } from "@/lib/hooks/use-url-filters";
import { toNano, usdToNano } from "@/lib/money";
import type { Overview } from "@/lib/overview/schemas";
import { TIERS } from "@/lib/pricing/tiers";

const money = (v: number) => formatMoney(usdToNano(v), { compact: true });
const moneyExact = (v: number) => formatMoney(usdToNano(v));
const tick = (v: number, step: number) => formatMoneyTick(v, step, { compact: true });

export function OverviewDashboard({ orgId, initial, initialSearch, initialIssues }: { orgId: string; initial: Overview; initialSearch: string; initialIssues: FilterIssue[] }) {
  const { search, filters, issues: shownIssues, change, hrefFor } = useUrlFilters({ search: initialSearch, issues: initialIssues });
  const query = useOverview(orgId, search, search === initialSearch ? initial : undefined);
  const data = query.data;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Overview</h1>
          <p className="text-sm text-slate-600">
            AI spend across your teams, features and models · {filters.from} – {filters.to} (all days UTC)
          </p>
        </div>
      </div>
      <FilterBar view={filters} options={data?.options ?? initial.options} issues={shownIssues} onChange={change} />
      {query.isError && <QueryError what="the overview" message={query.error.message} stale={Boolean(data)} onRetry={() => query.refetch()} />}
      {!data ? (
        query.isError ? null : <OverviewSkeleton />
      ) : (
        <OverviewBody data={data} search={search} stale={query.isError} refreshing={query.isFetching} onDrill={change} hrefFor={hrefFor} />
      )}
    </div>
  );
}

function OverviewBody({ data, search, refreshing, stale, onDrill, hrefFor }: {
  data: Overview; search: string; refreshing: boolean; stale: boolean; onDrill: (patch: Partial<View>) => void; hrefFor: (patch: Partial<View>) => string;
}) {
  // a click on a bar, or a name in a table, narrows the view to it (groups such as "Other" are not entities)
  const drill = (patch: (key: string) => Partial<View>) => (d: BarDatum) => { if (!d.key.startsWith("__")) onDrill(patch(d.key)); };
  const linkTo = (patch: (key: string) => Partial<View>) => (key: string) => (key.startsWith("__") ? undefined : hrefFor(patch(key)));
  const byFeature = (key: string) => ({ feature: key });
  const byTeam = (key: string) => ({ team: key });
  const byModel = (key: string) => ({ provider: key.slice(0, key.indexOf("/")), model: key.slice(key.indexOf("/") + 1) });
  const exportHref = (table: string) => `/api/v1/overview/export?table=${table}${search ? `&${search}` : ""}`;
  const t = data.totals;
  if (t.requests === 0 && (data.comparison?.prevRequests ?? 0) === 0) {
    const filtered = Object.values(data.filters).some(Boolean);
    return (
      <EmptyState title={filtered ? "No usage matches these filters" : "No usage in this period yet"}>
        {filtered ? "Widen the date range or clear the filters above." : (
          <>Send usage events to <code className="font-mono">POST /api/v1/events</code> with an API key (Settings → API keys), and spend appears here within seconds.</>
        )}
      </EmptyState>
    );
  }
  const partialLabel = data.range.partialDay ? dayLabel(data.range.partialDay) : null;
  const spend = prepareSpendOverTime(data);
  const cpr = prepareCostPerRequest(data.daily);
  const c = data.comparison;
  const cpr0 = t.requests ? toNano(t.costNano) / BigInt(t.requests) : 0n;
  const fullCpr = c && c.requests ? Number(toNano(c.costNano)) / c.requests : null;
  const prevCpr = c && c.prevRequests ? Number(toNano(c.prevCostNano)) / c.prevRequests : null;
  const vs = c ? `${c.days} full day${c.days === 1 ? "" : "s"} vs the ${c.days} before` : "no complete day yet to compare";
  return (
    <div className={`space-y-6 transition-opacity ${refreshing ? "opacity-70" : ""} ${stale ? "opacity-60" : ""}`} aria-busy={refreshing}>
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        <Stat label="Spend" value={formatMoney(t.costNano, { compact: true })} change={c ? relativeChange(toNano(c.costNano), toNano(c.prevCostNano)) : null} hint={vs} />
        <Stat label="Requests" value={formatCount(t.requests, { compact: true })} change={c ? relativeChange(c.requests, c.prevRequests) : null} goodWhen="up" hint={t.users === null ? "end users: n/a for a model filter" : `${formatCount(t.users, { compact: true })} end users`} />
        <Stat label="Cost per request" value={formatMoney(cpr0)} change={fullCpr !== null && prevCpr ? (fullCpr - prevCpr) / prevCpr : null} />
        <Stat label="Cache hit rate" value={formatPercent(t.requests ? t.cacheHits / t.requests : null)} hint="served from the app cache" />
        <Stat label="Open alerts" value={String(data.openAlerts.count)} hint={data.openAlerts.count ? data.openAlerts.latest[0]?.title : "all clear"} />
      </div>

      <EconomicsRow data={data} />

      <Card title="Spend over time" subtitle={`Daily AI spend by team (UTC days)${partialLabel ? "; today is still filling up (hatched)" : ""}`}>
        <StackedAreaChart data={spend.data} series={spend.series} ticks={spend.ticks} format={tick} tooltipFormat={moneyExact} label="Daily spend by team" table={spend.table} partialLabel={partialLabel}
          markers={data.anomalies.flatMap((a) => { const p = spend.data.find((d) => d.day === a.day); return p ? [{ key: a.id, label: p.label, title: a.title }] : []; })} />
        {data.anomalies.length > 0 && (
          <ul className="mt-3 space-y-1 text-xs text-rose-800" aria-label="Anomalies in this range">
            {data.anomalies.map((a) => (
              <li key={a.id}><span aria-hidden>▲ </span><Link href={`/alerts?status=all&kind=anomaly#${a.id}`} className="hover:underline"><UserText>{a.title}</UserText></Link></li>
            ))}
          </ul>
        )}
      </Card>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Spend by feature" subtitle="Top features in the period">
          <FeatureBars data={data} onSelect={drill(byFeature)} rowHref={linkTo(byFeature)} />
        </Card>
        <Card title="Spend by model" subtitle="Shaded by tier: small · mid · frontier" action={<CsvExportLink href={exportHref("models")} />}>
          <ModelBars data={data} onSelect={drill(byModel)} rowHref={linkTo(byModel)} />
          <TierLegend />
        </Card>
      </div>

      <div className="grid gap-6 xl:grid-cols-3">
        <Card title="Cost per request" subtitle="Daily average across the filtered traffic" className="xl:col-span-2">
          <SimpleLineChart data={cpr.data} dataKey="usd" name="Cost per request" color="#4f46e5" ticks={cpr.ticks} format={formatMoneyTick} tooltipFormat={moneyExact} label="Cost per request per day" table={cpr.table} partialLabel={partialLabel} />
        </Card>
        <Card title="Spend by team" action={<CsvExportLink href={exportHref("teams")} />}>
          <TeamBars data={data} onSelect={drill(byTeam)} rowHref={linkTo(byTeam)} />
          <UnpricedWarning models={data.unpricedModels} />
        </Card>
      </div>

      <Card title="Top features" subtitle="Where the money goes" action={<CsvExportLink href={exportHref("features")} />}>
        <TopFeaturesTable features={data.features} total={t.costNano} featureHref={linkTo(byFeature)} teamHref={linkTo(byTeam)} />
      </Card>

      <Card title="Top movers" subtitle={c ? `Features whose spend changed most: ${vs}` : "Features whose spend changed most"}>
        <TopMovers movers={data.movers} featureHref={linkTo(byFeature)} />
      </Card>

      {data.openAlerts.count > 0 && (
        <Card title="Open alerts">
          <ul className="divide-y divide-slate-100 text-sm">
            {data.openAlerts.latest.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <UserText>{a.title}</UserText>
                <span className="text-xs text-slate-600">{new Date(a.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <p className="text-xs text-slate-600">Figures come from daily rollups in UTC.</p>
    </div>
  );
}

const MONTH = (m: string) => new Date(`${m}-01T00:00:00Z`).toLocaleDateString("en-US", { month: "long", timeZone: "UTC" });

const MARGIN_HINT: Record<PnlStatus, string> = { healthy: "healthy (≥ 50%)", profitable: "profitable, below the 50% gate", losing: "losing money", no_revenue: "no revenue entered" };

/** Revenue and margin of the view (P&L), and this month's spend with its forecast to month end. */
function EconomicsRow({ data }: { data: Overview }) {
  const e = data.economics;
  const m = data.monthToDate;
  const margin = e?.marginPct ?? null;
  return (
    <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
      <Stat label="Revenue" value={e ? formatMoney(e.revenueNano, { compact: true }) : "–"} hint={e ? `AI COGS ${formatMoney(e.cogsNano, { compact: true })}${e.prorated ? " · monthly figures prorated" : ""}` : "not attributable to a model"} />
      <Stat label="Contribution margin" value={formatMarginPct(margin)} hint={e ? MARGIN_HINT[pnlStatus(margin)] : "not attributable to a model"} />
      <Stat label={`${MONTH(m.month)} to date`} value={formatMoney(m.costNano, { compact: true })} hint={`${m.daysElapsed} of ${m.daysInMonth} days complete`} />
      <Stat label="Month-end forecast" value={formatMoney(m.forecastNano, { compact: true })} hint={`at ${formatMoney(m.runRateNano, { compact: true })}/day (last 7 full days)`} />
    </div>
  );
}

type Bars = { data: Overview; onSelect: (d: BarDatum) => void; rowHref: (key: string) => string | undefined };
function FeatureBars({ data, ...links }: Bars) {
  const p = prepareFeatureBars(data);
  return <BarListChart data={p.bars} format={money} label="Spend by feature" table={p.table} {...links} />;
}
function ModelBars({ data, ...links }: Bars) {
  const p = prepareModelBars(data.models);
  return <BarListChart data={p.bars} format={money} label="Spend by model" table={p.table} {...links} />;
}
function TeamBars({ data, ...links }: Bars) {
  const p = prepareTeamBars(data);
  return <BarListChart data={p.bars} format={money} label="Spend by team" table={p.table} {...links} />;
}

function TierLegend() {
  return (
    <div className="mt-3 flex gap-4 text-xs text-slate-700">
      {TIERS.map((t) => (
        <span key={t} className="flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: TIER_COLORS[t] }} aria-hidden="true" />
          {t}
        </span>
      ))}
      <Link href="/settings/tiers" className="underline">edit tiers</Link>
    </div>
  );
}
