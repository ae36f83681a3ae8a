import { QualitySkeleton } from "@/components/quality/quality-skeleton";

export default function Loading() {
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight">Quality</h1>
      <QualitySkeleton />
    </div>
  );
}
