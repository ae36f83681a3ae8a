import { PnlDashboard } from "@/components/pnl/pnl-dashboard";
import { requireMemberPage } from "@/lib/auth/session";
import { parseFilters, searchString } from "@/lib/filters/schema";
import { getOverviewOptions } from "@/lib/overview/queries";
import { editableFeatures } from "@/lib/pnl/feature-economics";
import { getPnl } from "@/lib/pnl/queries";
import { getMonthlyPnl } from "@/lib/pnl/monthly";
import { MarginTrend } from "@/components/pnl/margin-trend";

/** Months in the margin trend, ending with the month the range ends in. */
const TREND_MONTHS = 6;

export const metadata = { title: "Feature P&L" };

export default async function PnlPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const raw = await searchParams;
  const { filters, issues } = parseFilters(raw);
  const end = new Date(`${filters.to}T00:00:00Z`);
  const trendFrom = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - (TREND_MONTHS - 1), 1)).toISOString().slice(0, 10);
  const [data, options, editable, monthly] = await Promise.all([
    getPnl(member.orgId, filters),
    getOverviewOptions(member.orgId),
    editableFeatures(member),
    getMonthlyPnl(member.orgId, { from: trendFrom, to: filters.to, team: filters.team }),
  ]);
  const teamName = filters.team ? (options.teams.find((t) => t.key === filters.team)?.name ?? filters.team) : null;
  const search = searchString(raw);
  // the month the range ends in: where revenue is usually entered
  return <PnlDashboard data={data} options={options} initialSearch={search} initialIssues={issues} editable={editable} defaultMonth={filters.to.slice(0, 7)}
    trend={<MarginTrend monthly={monthly} scope={teamName ? `${teamName}'s features` : "All features"} />} />;
}
