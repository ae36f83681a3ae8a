import { FormSkeleton } from "@/components/maturity/skeletons";

export default function Loading() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-xl font-semibold tracking-tight">Maturity assessment</h1>
      <FormSkeleton />
    </div>
  );
}
