"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat } from "@/components/ui/stat";
import { SortableTable, type SortableColumn } from "@/components/ui/sortable-table";
import { UserText } from "@/components/ui/user-text";
import { FilterBar } from "@/components/filters/filter-bar";
import { TierMixChart } from "@/components/charts/tier-mix-chart";
import { ReferenceModel } from "@/components/routing/reference-model";
import { Simulator, type SimTarget } from "@/components/routing/simulator";
import { TierBar } from "@/components/routing/tier-bar";
import { prepareTierMix } from "@/lib/charts/prepare-routing";
import type { FilterIssue } from "@/lib/filters/schema";
import { formatCount, formatMoney, formatPercent } from "@/lib/format/number";
import { useUrlFilters } from "@/lib/hooks/use-url-filters";
import type { Overview } from "@/lib/overview/schemas";
import type { Routing } from "@/lib/routing/schemas";

type Row = Routing["byFeature"][number] | Routing["byTeam"][number];

/** Columns shared by the feature and team tables: coverage, mix, savings, potential, downgrade rate. */
function columns<T extends Row>(first: SortableColumn<T>): SortableColumn<T>[] {
  return [
    first,
    { key: "requests", label: "Requests", numeric: true, sortValue: (r) => r.requests, cell: (r) => formatCount(r.requests, { compact: true }) },
    { key: "coverage", label: "Coverage", numeric: true, sortValue: (r) => r.coverage, cell: (r) => formatPercent(r.coverage, 0) },
    { key: "mix", label: "Tier mix", sortValue: (r) => r.tierMix?.small ?? null, cell: (r) => <TierBar mix={r.tierMix} /> },
    { key: "savings", label: "Saved by routing", numeric: true, sortValue: (r) => BigInt(r.savingsNano), cell: (r) => formatMoney(r.savingsNano) },
    { key: "potential", label: "Potential", numeric: true, sortValue: (r) => BigInt(r.potentialSavingsNano), cell: (r) => formatMoney(r.potentialSavingsNano) },
    { key: "downgrade", label: "Downgrade rate", numeric: true, sortValue: (r) => r.downgradeRate, cell: (r) => (r.downgradeRate === null ? <span className="text-slate-400">–</span> : formatPercent(r.downgradeRate, 0)) },
  ];
}

/** The /routing page: range, team and feature filters in the URL (the server renders each view). */
export function RoutingDashboard({ data, options, initialSearch, initialIssues, isAdmin, targets, caching }: {
  data: Routing; options: Overview["options"]; initialSearch: string; initialIssues: FilterIssue[]; isAdmin: boolean; targets: SimTarget[];
  /** the caching panel for the same view */
  caching?: ReactNode;
}) {
  const { filters, issues, change, hrefFor } = useUrlFilters({ search: initialSearch, issues: initialIssues });
  const mix = prepareTierMix(data.series);
  const ref = data.referenceModel;
  const featureColumns = columns<Routing["byFeature"][number]>({ key: "name", label: "Feature", sortValue: (r) => r.name.toLowerCase(), cell: (r) => <Link className="text-indigo-700 hover:underline" href={hrefFor({ feature: r.key })}><UserText>{r.name}</UserText></Link> });
  const teamColumns = columns<Routing["byTeam"][number]>({ key: "name", label: "Team", sortValue: (r) => r.name.toLowerCase(), cell: (r) => <Link className="text-indigo-700 hover:underline" href={hrefFor({ team: r.key })}><UserText>{r.name}</UserText></Link> });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Routing &amp; caching</h1>
        <p className="text-sm text-slate-600">How much traffic goes to cheaper models and what that saves · {data.from} – {data.to} (UTC)</p>
      </div>
      <FilterBar view={filters} options={options} issues={issues} onChange={change} fields={["team", "feature"]} />
      {data.requests === 0 ? (
        <EmptyState title="No requests in this range">
          Routing figures appear once usage events arrive. Send <code className="font-mono">requestedModel</code> with events routed by a gateway to see its downgrade rate.
        </EmptyState>
      ) : (
        <>
          <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
            <Stat label="Routing coverage" value={formatPercent(data.coverage, 0)} hint={`requests below frontier · median orgs 50–70%, elite > 85%`} />
            <Stat label="Saved by routing" value={formatMoney(data.savingsNano, { compact: true })}
              hint={ref ? `vs all on ${ref.model}${data.savingsRatio === null ? "" : ` · ${formatPercent(data.savingsRatio, 0)} of that bill`}` : "no frontier reference model yet"} />
            <Stat label="Potential savings" value={formatMoney(data.potentialSavingsNano, { compact: true })}
              hint={data.potentialTarget ? `frontier traffic above 10% moved to ${data.potentialTarget.model}` : "no cheaper model in use to move traffic to"} />
            <Stat label="Router downgrade rate" value={formatPercent(data.downgradeRate, 0)}
              hint={data.routedRequests ? `of ${formatCount(data.routedRequests, { compact: true })} requests that named a requested model` : "send requestedModel with routed events"} />
          </div>
          <div className="grid gap-4 xl:grid-cols-3">
            <Card className="xl:col-span-2" title="Tier mix over time" subtitle="Share of each day's requests per tier, against the 70/20/10 reference (dashed: 70% small, 90% small + mid)">
              {mix.data.length ? <TierMixChart {...mix} label="Tier mix over time" /> : <p className="text-sm text-slate-600">No requests on tiered models in this range.</p>}
              {data.untieredRequests > 0 && (
                <p className="mt-2 text-xs text-slate-600">{formatCount(data.untieredRequests)} requests on models without a tier (unpriced) are left out; give them prices or tiers in <Link className="text-indigo-700 underline" href="/settings/prices">Settings</Link>.</p>
              )}
            </Card>
            <ReferenceModel reference={ref} frontierModels={data.frontierModels} isAdmin={isAdmin} />
          </div>
          <Card title="Features ranked by potential savings" subtitle="Frontier traffic above the reference 10% that a cheaper tier could take; a name narrows the page to it">
            <SortableTable label="Routing by feature" rows={data.byFeature} columns={featureColumns} rowKey={(r) => r.key} initialSort={{ key: "potential", desc: true }} testId="routing-features" />
          </Card>
          <Card title="Teams" subtitle="Coverage and savings per team">
            <SortableTable label="Routing by team" rows={data.byTeam} columns={teamColumns} rowKey={(r) => r.key} initialSort={{ key: "savings", desc: true }} testId="routing-teams" />
          </Card>
        </>
      )}
      {caching}
      <Simulator range={{ from: data.from, to: data.to }} features={options.features} targets={targets}
        suggested={data.byFeature[0] && BigInt(data.byFeature[0].potentialSavingsNano) > 0n ? { feature: data.byFeature[0].key, sharePct: "50", target: "mid" } : null} />
    </div>
  );
}
