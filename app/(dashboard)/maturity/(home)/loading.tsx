import { HomeSkeleton } from "@/components/maturity/skeletons";

export default function Loading() {
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold tracking-tight">Maturity</h1>
      <HomeSkeleton />
    </div>
  );
}
