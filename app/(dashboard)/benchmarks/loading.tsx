import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight">Benchmarks</h1>
      <div className="grid gap-6 lg:grid-cols-2" role="status" aria-busy="true" aria-label="Loading the benchmarks">
        {Array.from({ length: 4 }, (_, i) => <Skeleton key={i} className="h-72" />)}
      </div>
    </div>
  );
}
