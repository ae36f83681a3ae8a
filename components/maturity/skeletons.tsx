// Loading placeholders of the maturity pages, free of the chart library so a
// segment's loading.tsx does not pull Recharts into every page below it.
import { Skeleton } from "@/components/ui/skeleton";

export function HomeSkeleton() {
  return (
    <div className="space-y-6" role="status" aria-busy="true" aria-label="Loading the assessments">
      <Skeleton className="h-10 w-56" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]"><Skeleton className="h-80" /><Skeleton className="h-80" /></div>
    </div>
  );
}

export function ResultSkeleton() {
  return (
    <div className="space-y-6" role="status" aria-busy="true" aria-label="Loading the assessment">
      <Skeleton className="h-20" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]"><Skeleton className="h-96" /><Skeleton className="h-96" /></div>
      <Skeleton className="h-64" />
    </div>
  );
}

export function FormSkeleton() {
  return (
    <div className="space-y-5" role="status" aria-busy="true" aria-label="Loading the questionnaire">
      <Skeleton className="h-16" />
      <Skeleton className="h-96" />
    </div>
  );
}
