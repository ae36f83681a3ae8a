import { notFound } from "next/navigation";
import { FeatureDetailView } from "@/components/features/feature-detail-view";
import { AppError } from "@/lib/api/errors";
import { requireMemberPage } from "@/lib/auth/session";
import { parseFilters, searchString } from "@/lib/filters/schema";
import { getFeatureDetail } from "@/lib/pnl/feature-detail";

export const metadata = { title: "Feature P&L" };

/** A feature's P&L drill-down (from the P&L table); another org's or an unknown key is the in-frame 404. */
export default async function FeaturePage({ params, searchParams }: { params: Promise<{ key: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const [{ key }, raw] = await Promise.all([params, searchParams]);
  const { filters, issues } = parseFilters(raw);
  const data = await getFeatureDetail(member.orgId, key, filters).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) notFound();
    throw err;
  });
  return <FeatureDetailView data={data} initialSearch={searchString(raw)} initialIssues={issues} />;
}
