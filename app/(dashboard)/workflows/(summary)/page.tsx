import { WorkflowsDashboard } from "@/components/workflows/workflows-dashboard";
import { requireMemberPage } from "@/lib/auth/session";
import { parseFilters, searchString } from "@/lib/filters/schema";
import { getOverviewOptions } from "@/lib/overview/queries";
import { getWorkflows } from "@/lib/workflows/queries";

export const metadata = { title: "Workflows" };

export default async function WorkflowsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const raw = await searchParams;
  const { filters, issues } = parseFilters(raw);
  const [data, options] = await Promise.all([getWorkflows(member.orgId, filters), getOverviewOptions(member.orgId)]);
  return <WorkflowsDashboard data={data} options={options} initialSearch={searchString(raw)} initialIssues={issues} />;
}
