"use client";

import { MetricCard } from "@/components/benchmarks/metric-card";
import { FilterBar } from "@/components/filters/filter-bar";
import { EmptyState } from "@/components/ui/empty-state";
import type { Benchmarks } from "@/lib/benchmarks/schemas";
import type { FilterIssue } from "@/lib/filters/schema";
import { useUrlFilters } from "@/lib/hooks/use-url-filters";
import type { Overview } from "@/lib/overview/schemas";

/** The benchmarks page: range and team in the URL (the server renders each view), one card per §8 metric. */
export function BenchmarksDashboard({ data, options, initialSearch, initialIssues }: { data: Benchmarks; options: Overview["options"]; initialSearch: string; initialIssues: FilterIssue[] }) {
  const { filters, issues, change } = useUrlFilters({ search: initialSearch, issues: initialIssues });
  const empty = data.metrics.every((m) => m.value === null);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Benchmarks</h1>
        <p className="text-sm text-slate-600">Your AI unit economics on industry bands · {data.range.from} – {data.range.to} (UTC)</p>
      </div>
      <FilterBar view={filters} options={options} issues={issues} onChange={change} fields={["team"]} />
      {empty && (
        <EmptyState title="No AI usage or revenue in this range">
          Send usage events and enter feature revenue on the P&amp;L page; each benchmark below says what it is missing.
        </EmptyState>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        {data.metrics.map((m) => <MetricCard key={m.id} m={m} />)}
      </div>
      <p className="text-xs text-slate-500" data-testid="benchmark-rule">
        Bands from industry surveys (low · median · elite). Values between two bands are below or above the median. A band holds exactly what it says:
        a median range includes both ends, and a value exactly on a low or elite edge (e.g. COGS at exactly 40% or 10% of revenue) is not in that band.
        Cost per request leaves out requests on models without a price; routing coverage leaves out models without a tier.
      </p>
    </div>
  );
}
