"use client";

import Link from "next/link";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Segmented } from "@/components/ui/segmented";
import { Stat } from "@/components/ui/stat";
import { BarListChart } from "@/components/charts/bar-list-chart";
import { SimpleLineChart } from "@/components/charts/line-chart";
import { StackedAreaChart } from "@/components/charts/stacked-area-chart";
import { OverviewSkeleton } from "@/components/overview/overview-skeleton";
import { TopFeaturesTable } from "@/components/overview/top-features-table";
import { UnpricedWarning } from "@/components/overview/unpriced-warning";
import { UserText } from "@/components/ui/user-text";
import { prepareCostPerRequest, prepareSpendOverTime, prepareTopBars, relativeChange } from "@/lib/charts/prepare-overview";
import { useOverview } from "@/lib/hooks/use-overview";
import { formatCount, formatPercent, formatUsd, nanoToUsd, toNano } from "@/lib/money";
import type { Overview } from "@/lib/overview/schemas";
import { TIERS } from "@/lib/pricing/tiers";

const RANGES = [
  { value: 7, label: "7 days" },
  { value: 30, label: "30 days" },
  { value: 90, label: "90 days" },
] as const;

const usd = (v: number) => formatUsd(BigInt(Math.round(v * 1e9)), { compact: true });
const usdPrecise = (v: number) => formatUsd(BigInt(Math.round(v * 1e9)));

export function OverviewDashboard({ orgId, initial }: { orgId: string; initial: Overview }) {
  const [days, setDays] = useState<number>(initial.range.days);
  const query = useOverview(orgId, days, days === initial.range.days ? initial : undefined);

  const changeDays = (d: number) => {
    setDays(d);
    window.history.replaceState(null, "", `?days=${d}`);
  };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Overview</h1>
          <p className="text-sm text-slate-500">
            AI spend across your teams, features and models
            {query.data && ` · ${query.data.range.from} – ${query.data.range.to} (UTC)`}
          </p>
        </div>
        <Segmented label="Date range" options={RANGES} value={days as 7 | 30 | 90} onChange={changeDays} />
      </div>
      {query.isPending ? (
        <OverviewSkeleton />
      ) : query.isError ? (
        <Card>
          <div role="alert" className="flex items-center justify-between gap-4 text-sm">
            <span className="text-rose-700">Could not load the overview: {query.error.message}</span>
            <button onClick={() => query.refetch()} className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-50">Retry</button>
          </div>
        </Card>
      ) : (
        <OverviewBody data={query.data} refreshing={query.isFetching} />
      )}
    </div>
  );
}

function OverviewBody({ data, refreshing }: { data: Overview; refreshing: boolean }) {
  const t = data.totals;
  if (t.requests === 0 && t.prevRequests === 0) {
    return (
      <EmptyState title="No usage in this period yet">
        Send usage events to <code className="font-mono">POST /api/v1/events</code> with an API key, and spend appears here within seconds.
      </EmptyState>
    );
  }
  const spend = prepareSpendOverTime(data.daily, data.teams);
  const cpr = prepareCostPerRequest(data.daily);
  const costPerRequest = t.requests ? nanoToUsd(t.costNano) / t.requests : 0;
  const prevCpr = t.prevRequests ? nanoToUsd(t.prevCostNano) / t.prevRequests : 0;
  return (
    <div className={`space-y-6 transition-opacity ${refreshing ? "opacity-60" : ""}`}>
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-5">
        <Stat label="Spend" value={formatUsd(t.costNano, { compact: true })} change={relativeChange(toNano(t.costNano), toNano(t.prevCostNano))} hint={`vs previous ${data.range.days} days`} />
        <Stat label="Requests" value={formatCount(t.requests, { compact: true })} change={relativeChange(t.requests, t.prevRequests)} goodWhen="up" hint={`${formatCount(t.users, { compact: true })} end users`} />
        <Stat label="Cost per request" value={usdPrecise(costPerRequest)} change={prevCpr ? (costPerRequest - prevCpr) / prevCpr : null} />
        <Stat label="Cache hit rate" value={formatPercent(t.requests ? t.cacheHits / t.requests : null, 1)} hint="served from the app cache" />
        <Stat label="Open alerts" value={String(data.openAlerts.count)} hint={data.openAlerts.count ? data.openAlerts.latest[0]?.title : "all clear"} />
      </div>

      <Card title="Spend over time" subtitle="Daily AI spend by team (UTC days)">
        <StackedAreaChart data={spend.data} series={spend.series} format={usd} label="Daily spend by team" />
      </Card>

      <div className="grid gap-6 xl:grid-cols-2">
        <Card title="Spend by feature" subtitle="Top features in the period">
          <BarListChart data={prepareTopBars(data.features, 8)} format={usd} label="Spend by feature" />
        </Card>
        <Card title="Spend by model" subtitle="Coloured by tier: small · mid · frontier">
          <BarListChart data={prepareTopBars(data.models, 8, "tier")} format={usd} label="Spend by model" />
          <TierLegend />
        </Card>
      </div>

      <div className="grid gap-6 xl:grid-cols-3">
        <Card title="Cost per request" subtitle="Daily average across all features" className="xl:col-span-2">
          <SimpleLineChart data={cpr} dataKey="usd" name="Cost per request" color="#6366f1" format={(v) => formatUsd(BigInt(Math.round(v * 1e9)))} label="Cost per request per day" />
        </Card>
        <Card title="Spend by team">
          <BarListChart data={prepareTopBars(data.teams, 6)} format={usd} label="Spend by team" />
          <UnpricedWarning models={data.unpricedModels} />
        </Card>
      </div>

      <Card title="Top features" subtitle="Where the money goes">
        <TopFeaturesTable features={data.features} total={t.costNano} />
      </Card>

      {data.openAlerts.count > 0 && (
        <Card title="Open alerts">
          <ul className="divide-y divide-slate-100 text-sm">
            {data.openAlerts.latest.map((a) => (
              <li key={a.id} className="flex items-center justify-between py-2">
                <UserText>{a.title}</UserText>
                <span className="text-xs text-slate-500">{new Date(a.createdAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <p className="text-xs text-slate-400">
        Figures come from daily rollups in UTC. <Link className="underline" href="/api/v1/overview?days=30">JSON</Link>
      </p>
    </div>
  );
}

function TierLegend() {
  return (
    <div className="mt-3 flex gap-4 text-xs text-slate-500">
      {TIERS.map((t) => (
        <span key={t} className="flex items-center gap-1.5">
          <span className={`inline-block h-2.5 w-2.5 rounded-full ${t === "small" ? "bg-teal-500" : t === "mid" ? "bg-indigo-500" : "bg-rose-500"}`} />
          {t}
        </span>
      ))}
    </div>
  );
}
