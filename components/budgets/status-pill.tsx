import type { BudgetState } from "@/lib/budgets/schemas";

export const STATE_LABELS: Record<BudgetState, string> = { on_track: "On track", at_risk: "At risk", over: "Over" };
const STYLES: Record<BudgetState, string> = {
  on_track: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  at_risk: "bg-amber-50 text-amber-900 ring-amber-200",
  over: "bg-rose-50 text-rose-800 ring-rose-200",
};

export function StatusPill({ state }: { state: BudgetState }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[state]}`}>{STATE_LABELS[state]}</span>;
}
