import { OverviewDashboard } from "@/components/overview/overview-dashboard";
import { requireMemberPage } from "@/lib/auth/session";
import { parseFilters } from "@/lib/filters/schema";
import { getOverview } from "@/lib/overview/queries";

export const metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const raw = await searchParams;
  const { filters, issues } = parseFilters(raw);
  const initial = await getOverview(member.orgId, filters);
  // the search string as the browser has it, so the client can tell the server's data is for this URL
  const search = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x])))).toString();
  return <OverviewDashboard orgId={member.orgId} initial={initial} initialSearch={search} initialIssues={issues} />;
}
