import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight">Launch review</h1>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
        <Skeleton className="h-96" />
        <div className="space-y-4">
          <Skeleton className="h-16" />
          <Skeleton className="h-48" />
        </div>
      </div>
    </div>
  );
}
