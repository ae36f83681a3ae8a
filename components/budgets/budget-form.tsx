"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { INPUT, LABEL, PRIMARY_BUTTON } from "@/components/ui/form";
import { BUDGET_PERIODS } from "@/lib/budgets/periods";
import { DEFAULT_THRESHOLDS, type BudgetView } from "@/lib/budgets/schemas";
import type { BudgetOwnerOptions } from "@/lib/budgets/page-data";

const PERIOD_LABELS = { week: "Weekly (ISO week, Monday 00:00 UTC)", month: "Monthly", quarter: "Quarterly" } as const;

type Problem = { detail?: string; errors?: { field: string; message: string }[] };

/** Create a budget, or edit `budget`; the owner select offers only what the member may manage (the server checks again). */
export function BudgetForm({ options, budget, onDone }: { options: BudgetOwnerOptions; budget?: BudgetView; onDone: () => void }) {
  const router = useRouter();
  const id = useId();
  const [owner, setOwner] = useState(budget ? `${budget.scope}:${budget.team ?? budget.feature}` : options.teams[0] ? `team:${options.teams[0].key}` : options.features[0] ? `feature:${options.features[0].key}` : "");
  const [period, setPeriod] = useState<string>(budget?.period ?? "month");
  const [amount, setAmount] = useState(budget?.amountUsd ?? "");
  const [thresholds, setThresholds] = useState((budget?.thresholds ?? DEFAULT_THRESHOLDS).join(", "));
  const [hard, setHard] = useState(budget?.hard ?? false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    const list = thresholds.split(/[\s,]+/).filter(Boolean).map(Number);
    if (list.some((t) => !Number.isInteger(t))) return setError("Thresholds must be whole percentages, e.g. 50, 80, 100.");
    const [scope, key] = [owner.slice(0, owner.indexOf(":")), owner.slice(owner.indexOf(":") + 1)];
    const body = { scope, [scope]: key, period, amountUsd: amount.trim().replace(/^\$/, "").replace(/,/g, ""), thresholds: list, hard };
    setBusy(true);
    try {
      const res = await fetch(budget ? `/api/v1/budgets/${budget.id}` : "/api/v1/budgets", {
        method: budget ? "PATCH" : "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body),
      });
      if (!res.ok) {
        const p = (await res.json().catch(() => ({}))) as Problem;
        return setError(p.errors?.length ? p.errors.map((x) => `${x.field || "budget"}: ${x.message}`).join("; ") : (p.detail ?? `Could not save (${res.status}).`));
      }
      router.refresh();
      onDone();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6" aria-label={budget ? `Edit ${budget.name}` : "New budget"}>
      <label className={`${LABEL} sm:col-span-2`} htmlFor={`${id}-owner`}>
        Team or feature
        <select id={`${id}-owner`} className={INPUT} value={owner} onChange={(e) => setOwner(e.target.value)} required>
          {options.teams.length > 0 && (
            <optgroup label="Teams">
              {options.teams.map((t) => <option key={t.key} value={`team:${t.key}`}>{t.name}</option>)}
            </optgroup>
          )}
          {options.features.length > 0 && (
            <optgroup label="Features">
              {options.features.map((f) => <option key={f.key} value={`feature:${f.key}`}>{f.name}{f.teamName ? ` (${f.teamName})` : ""}</option>)}
            </optgroup>
          )}
        </select>
      </label>
      <label className={LABEL} htmlFor={`${id}-period`}>
        Period
        <select id={`${id}-period`} className={INPUT} value={period} onChange={(e) => setPeriod(e.target.value)}>
          {BUDGET_PERIODS.map((p) => <option key={p} value={p}>{PERIOD_LABELS[p]}</option>)}
        </select>
      </label>
      <label className={LABEL} htmlFor={`${id}-amount`}>
        Amount (USD)
        <input id={`${id}-amount`} className={INPUT} inputMode="decimal" placeholder="500.00" value={amount} onChange={(e) => setAmount(e.target.value)} required />
      </label>
      <label className={LABEL} htmlFor={`${id}-thresholds`}>
        Alert at (% of amount)
        <input id={`${id}-thresholds`} className={INPUT} value={thresholds} onChange={(e) => setThresholds(e.target.value)} />
      </label>
      <div className="flex flex-col justify-end gap-2">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={hard} onChange={(e) => setHard(e.target.checked)} className="h-4 w-4" />
          Hard limit
        </label>
      </div>
      <p className="text-xs text-slate-500 sm:col-span-2 lg:col-span-6">A hard limit makes the gateway hook answer <code className="font-mono">allowed: false</code> once the period&apos;s spend reaches the amount.</p>
      {error && <p role="alert" className="text-sm text-rose-700 sm:col-span-2 lg:col-span-6">{error}</p>}
      <div className="flex gap-2 sm:col-span-2 lg:col-span-6">
        <button type="submit" className={PRIMARY_BUTTON} disabled={busy || !owner}>{busy ? "Saving…" : budget ? "Save budget" : "Create budget"}</button>
        <button type="button" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
