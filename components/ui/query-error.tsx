import { Card } from "@/components/ui/card";

/** A panel's failed load: what failed and why, that any figures shown are older, and a Retry button. */
export function QueryError({ what, message, stale, onRetry }: { what: string; message: string; stale: boolean; onRetry: () => void }) {
  return (
    <Card>
      <div role="alert" className="flex flex-wrap items-center justify-between gap-4 text-sm">
        <span className="text-rose-800">
          Could not load {what}: {message}
          {stale && " The figures below are from before and may be out of date."}
        </span>
        <button type="button" onClick={onRetry} className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600">Retry</button>
      </div>
    </Card>
  );
}
