import { QualityDashboard } from "@/components/quality/quality-dashboard";
import { requireMemberPage } from "@/lib/auth/session";
import { parseFilters, searchString } from "@/lib/filters/schema";
import { getOverviewOptions } from "@/lib/overview/queries";
import { getQuality } from "@/lib/quality/queries";

export const metadata = { title: "Quality" };

export default async function QualityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const raw = await searchParams;
  const { filters, issues } = parseFilters(raw);
  const [data, options] = await Promise.all([getQuality(member.orgId, filters), getOverviewOptions(member.orgId)]);
  return <QualityDashboard orgId={member.orgId} initial={data} options={options} initialSearch={searchString(raw)} initialIssues={issues} />;
}
