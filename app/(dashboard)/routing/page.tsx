import { CachingPanel } from "@/components/routing/caching-panel";
import { RoutingDashboard } from "@/components/routing/routing-dashboard";
import { requireMemberPage } from "@/lib/auth/session";
import { getPool } from "@/lib/db";
import { parseFilters, searchString } from "@/lib/filters/schema";
import { getOverviewOptions } from "@/lib/overview/queries";
import { getRouting, usedModels } from "@/lib/routing/queries";

export const metadata = { title: "Routing & caching" };

export default async function RoutingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const raw = await searchParams;
  const { filters, issues } = parseFilters(raw);
  const [data, options, used] = await Promise.all([getRouting(member.orgId, filters), getOverviewOptions(member.orgId), usedModels(getPool(), member.orgId, filters)]);
  // the simulator's targets: the cheaper models the org already runs
  const targets = used.filter((m) => m.tier === "small" || m.tier === "mid").map((m) => ({ provider: m.provider, model: m.model, tier: m.tier! }));
  return <RoutingDashboard data={data} options={options} initialSearch={searchString(raw)} initialIssues={issues} isAdmin={member.role === "admin"} targets={targets}
    caching={<CachingPanel orgId={member.orgId} filters={filters} />} />;
}
