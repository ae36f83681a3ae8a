import { BenchmarksDashboard } from "@/components/benchmarks/benchmarks-dashboard";
import { requireMemberPage } from "@/lib/auth/session";
import { getBenchmarks } from "@/lib/benchmarks/queries";
import { parseFilters, searchString } from "@/lib/filters/schema";
import { getOverviewOptions } from "@/lib/overview/queries";

export const metadata = { title: "Benchmarks" };

export default async function BenchmarksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMemberPage();
  const raw = await searchParams;
  const { filters, issues } = parseFilters(raw);
  const [data, options] = await Promise.all([getBenchmarks(member.orgId, filters), getOverviewOptions(member.orgId)]);
  return <BenchmarksDashboard data={data} options={options} initialSearch={searchString(raw)} initialIssues={issues} />;
}
