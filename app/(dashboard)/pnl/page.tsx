import { PnlDashboard } from "@/components/pnl/pnl-dashboard";
import { requireMemberPage } from "@/lib/auth/session";
import { parseFilters, searchString } from "@/lib/filters/schema";
import { getOverviewOptions } from "@/lib/overview/queries";
import { editableFeatures } from "@/lib/pnl/feature-economics";
import { getPnl } from "@/lib/pnl/queries";

export const metadata = { title: "Feature P&L" };

export default async function PnlPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const raw = await searchParams;
  const { filters, issues } = parseFilters(raw);
  const [data, options, editable] = await Promise.all([getPnl(member.orgId, filters), getOverviewOptions(member.orgId), editableFeatures(member)]);
  const search = searchString(raw);
  // the month the range ends in: where revenue is usually entered
  return <PnlDashboard data={data} options={options} initialSearch={search} initialIssues={issues} editable={editable} defaultMonth={filters.to.slice(0, 7)} />;
}
