import { formatPercent } from "@/lib/format/number";

/** A KPI tile; `change` is relative to the previous period, `goodWhen` says which direction is good. */
export function Stat({ label, value, hint, change, goodWhen = "down" }: { label: string; value: string; hint?: string; change?: number | null; goodWhen?: "up" | "down" }) {
  const good = change == null ? null : goodWhen === "up" ? change >= 0 : change <= 0;
  return (
    <div className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums text-slate-900 [overflow-wrap:anywhere]" data-testid={`stat-${label.toLowerCase().replace(/\W+/g, "-")}`}>{value}</p>
      <p className="mt-1 text-xs text-slate-500">
        {change != null && (
          <span className={good ? "text-emerald-700" : "text-rose-700"}>
            {change >= 0 ? "▲" : "▼"} {formatPercent(Math.abs(change), 1)}
          </span>
        )}
        {change != null && hint ? " " : ""}
        {hint}
      </p>
    </div>
  );
}
