import { Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight">Alerts</h1>
      <Skeleton className="h-96" />
      <Skeleton className="h-40" />
    </div>
  );
}
