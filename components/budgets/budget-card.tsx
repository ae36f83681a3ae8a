"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { BudgetChart } from "@/components/budgets/budget-chart";
import { BudgetForm } from "@/components/budgets/budget-form";
import { StatusPill } from "@/components/budgets/status-pill";
import { UserText } from "@/components/ui/user-text";
import { formatMoney } from "@/lib/format/number";
import type { BudgetOwnerOptions, BudgetsPageData } from "@/lib/budgets/page-data";

type Budget = BudgetsPageData["budgets"][number];
const PERIOD = { week: "Weekly", month: "Monthly", quarter: "Quarterly" } as const;
const shortDay = (iso: string) => new Date(iso).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const periodLabel = (start: string, end: string, period: Budget["period"]) =>
  period === "month" ? new Date(start).toLocaleDateString("en-US", { month: "short", year: "numeric", timeZone: "UTC" }) : `${shortDay(start)} – ${shortDay(new Date(Date.parse(end) - 86_400_000).toISOString())}`;

function Figure({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 font-medium tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

/** One budget: figures, status, chart of the period, past periods, and edit/delete for those who manage it. */
export function BudgetCard({ budget: b, options }: { budget: Budget; options: BudgetOwnerOptions }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const c = b.current;
  const pct = Math.min(100, c.percentUsed);

  async function remove() {
    if (!confirm(`Delete "${b.name}"? Its alerts stay in the inbox.`)) return;
    const res = await fetch(`/api/v1/budgets/${b.id}`, { method: "DELETE", headers: { accept: "application/json" } });
    if (!res.ok) return setError(((await res.json().catch(() => ({}))) as { detail?: string }).detail ?? `Could not delete (${res.status}).`);
    router.refresh();
  }

  return (
    <article id={b.id} aria-labelledby={`${b.id}-name`} className="scroll-mt-20 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="budget-card">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={`${b.id}-name`} className="text-sm font-semibold text-slate-900"><UserText>{b.name}</UserText></h2>
          <p className="mt-0.5 text-xs text-slate-500">
            {b.scope === "team" ? "Team" : "Feature"} <UserText>{b.ownerName}</UserText> · {PERIOD[b.period]} · {b.hard ? "Hard limit" : "Soft"} · {periodLabel(c.periodStart, c.periodEnd, b.period)}
          </p>
        </div>
        <div className="flex items-center gap-2">
          <StatusPill state={c.state} />
          {b.manageable && !editing && (
            <>
              <button type="button" className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50" onClick={() => setEditing(true)} aria-label={`Edit ${b.name}`}>Edit</button>
              <button type="button" className="rounded border border-slate-300 px-2 py-0.5 text-xs text-rose-700 hover:bg-rose-50" onClick={remove} aria-label={`Delete ${b.name}`}>Delete</button>
            </>
          )}
        </div>
      </header>
      {error && <p role="alert" className="mt-2 text-sm text-rose-700">{error}</p>}
      {editing && <div className="mt-4 rounded-lg bg-slate-50 p-4"><BudgetForm options={options} budget={b} onDone={() => setEditing(false)} /></div>}

      <dl className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        <Figure label="Spent" value={`${formatMoney(c.spentNano)} (${c.percentUsed.toFixed(1)}%)`} />
        <Figure label="Budget" value={formatMoney(b.amountNano)} />
        <Figure label="Remaining" value={formatMoney(c.remainingNano)} />
        <Figure label="Forecast" value={<>{formatMoney(c.forecastNano)}{c.exceedsOn && <span className="block text-xs font-normal text-amber-800">over on {shortDay(c.exceedsOn)}</span>}</>} />
      </dl>
      <div className="mt-3 h-2 w-full overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-label={`${b.name}: share spent`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(pct)}>
        <div className={`h-full ${c.state === "over" ? "bg-rose-500" : c.state === "at_risk" ? "bg-amber-500" : "bg-emerald-500"}`} style={{ width: `${pct}%` }} />
      </div>

      <div className="mt-4"><BudgetChart input={b.chart} name={b.name} /></div>

      {b.pastPeriods.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer select-none text-xs text-slate-600 hover:text-slate-900">Past periods</summary>
          <ul className="mt-2 space-y-1.5">
            {b.pastPeriods.map((p) => (
              <li key={p.periodStart} className="grid grid-cols-[6.5rem_1fr_auto] items-center gap-2 text-xs">
                <span className="text-slate-600">{periodLabel(p.periodStart, p.periodEnd, b.period)}</span>
                <span className="h-1.5 overflow-hidden rounded-full bg-slate-100" aria-hidden>
                  <span className={`block h-full ${p.percentUsed >= 100 ? "bg-rose-400" : "bg-slate-400"}`} style={{ width: `${Math.min(100, p.percentUsed)}%` }} />
                </span>
                <span className="tabular-nums text-slate-800">{formatMoney(p.spentNano)} · {p.percentUsed.toFixed(0)}%</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
