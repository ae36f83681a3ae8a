import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight">Budgets</h1>
      <div className="grid gap-4 xl:grid-cols-2" role="status" aria-busy="true" aria-label="Loading the budgets">
        <Skeleton className="h-96" />
        <Skeleton className="h-96" />
      </div>
      <Skeleton className="h-56" />
    </div>
  );
}
