"use client";

import { useState } from "react";
import { BudgetCard } from "@/components/budgets/budget-card";
import { BudgetForm } from "@/components/budgets/budget-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PRIMARY_BUTTON } from "@/components/ui/form";
import type { BudgetsPageData } from "@/lib/budgets/page-data";

/** The budgets with a "New budget" form for admins and leads (leads see only their teams and those teams' features). */
export function BudgetsDashboard({ data, canCreate }: { data: BudgetsPageData; canCreate: boolean }) {
  const [creating, setCreating] = useState(false);
  const offer = canCreate && (data.options.teams.length > 0 || data.options.features.length > 0);
  return (
    <div className="space-y-4">
      {offer && !creating && (
        <div>
          <button type="button" className={PRIMARY_BUTTON} onClick={() => setCreating(true)}>New budget</button>
        </div>
      )}
      {creating && (
        <section aria-label="New budget" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 className="mb-3 text-sm font-semibold text-slate-900">New budget</h2>
          <BudgetForm options={data.options} onDone={() => setCreating(false)} />
        </section>
      )}
      {data.budgets.length === 0 ? (
        <EmptyState title="No budgets yet — create one">
          {offer ? "Set a weekly, monthly or quarterly limit for a team or a feature; alerts fire at 50, 80 and 100% by default." : "Admins and team leads set budgets for teams and features."}
        </EmptyState>
      ) : (
        <div className="grid gap-4 xl:grid-cols-2">
          {data.budgets.map((b) => <BudgetCard key={b.id} budget={b} options={data.options} />)}
        </div>
      )}
    </div>
  );
}
