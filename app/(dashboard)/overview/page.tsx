import { OverviewDashboard } from "@/components/overview/overview-dashboard";
import { requireMemberPage } from "@/lib/auth/session";
import { parseFilters, searchString } from "@/lib/filters/schema";
import { getOverview } from "@/lib/overview/queries";

export const metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const raw = await searchParams;
  const { filters, issues } = parseFilters(raw);
  const initial = await getOverview(member.orgId, filters);
  const search = searchString(raw);
  return <OverviewDashboard orgId={member.orgId} initial={initial} initialSearch={search} initialIssues={issues} />;
}
