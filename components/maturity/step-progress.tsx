"use client";

import type { FormStep } from "@/components/maturity/form-steps";

/** Where the form is: "Step 3 of 8", a bar, and the steps (those reached can be revisited). */
export function StepProgress({ steps, step, reached, onGo }: { steps: FormStep[]; step: number; reached: number; onGo: (i: number) => void }) {
  return (
    <nav aria-label="Assessment steps" className="space-y-2">
      <p className="text-sm text-slate-700" data-testid="step-indicator">Step {step + 1} of {steps.length}</p>
      <div aria-hidden className="h-1.5 w-full rounded-full bg-slate-200">
        <div className="h-1.5 rounded-full bg-indigo-600" style={{ width: `${((step + 1) / steps.length) * 100}%` }} />
      </div>
      <ol className="flex flex-wrap gap-1.5">
        {steps.map((s, i) => (
          <li key={s.key}>
            <button type="button" disabled={i > reached} onClick={() => onGo(i)} aria-current={i === step ? "step" : undefined}
              aria-label={`Step ${i + 1}: ${s.title}${i > reached ? " (answer the steps before it first)" : ""}`}
              className={`h-8 min-w-8 rounded-md border px-2 text-xs font-medium tabular-nums focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed ${
                i === step ? "border-slate-900 bg-slate-900 text-white" : i <= reached ? "border-indigo-300 bg-indigo-50 text-indigo-900 hover:bg-indigo-100" : "border-slate-200 bg-white text-slate-500"}`}>
              {s.key === "practice" ? "Checklist" : i + 1}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
