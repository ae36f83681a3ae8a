import { OverviewDashboard } from "@/components/overview/overview-dashboard";
import { requireMemberPage } from "@/lib/auth/session";
import { overviewQuerySchema } from "@/lib/overview/schemas";
import { getOverview } from "@/lib/overview/queries";

export const metadata = { title: "Overview" };

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const parsed = overviewQuerySchema.safeParse(await searchParams);
  const days = parsed.success ? parsed.data.days : 30;
  const initial = await getOverview(member.orgId, days);
  return <OverviewDashboard orgId={member.orgId} initial={initial} />;
}
