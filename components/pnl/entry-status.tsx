import type { EntryMessage } from "@/components/pnl/use-entry-submit";

/** The outcome of a P&L input form, announced to screen readers. */
export function EntryStatus({ message, testId }: { message: EntryMessage | null; testId: string }) {
  return (
    <p role="status" className={`mt-3 min-h-5 text-sm ${message?.ok ? "text-emerald-800" : "text-rose-800"}`} data-testid={testId}>
      {message?.text ?? ""}
    </p>
  );
}
