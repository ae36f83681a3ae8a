import { OverviewSkeleton } from "@/components/overview/overview-skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight">Overview</h1>
      <OverviewSkeleton />
    </div>
  );
}
