"use client";

import { DraftField, INPUT, usdAmount, wholeNumber } from "@/components/launch-review/fields";
import { MixFields } from "@/components/launch-review/mix-fields";
import { REVENUE_MODEL_LABELS, REVENUE_MODELS, type LaunchInputs, type LaunchIssue, type LaunchParam } from "@/lib/launch-review/inputs";
import type { MixLine } from "@/lib/launch-review/maths";
import type { LaunchModels } from "@/lib/launch-review/schemas";

const PRICE_LABEL: Record<LaunchInputs["revenueModel"], string> = { monthly: "Revenue per month", per_request: "Price per request", per_user: "Price per active user a month" };

/** The calculator's inputs; every change goes to the URL at once. */
export function LaunchForm({ inputs, issues, list, lines, onChange }: {
  inputs: LaunchInputs; issues: LaunchIssue[]; list: LaunchModels; lines: MixLine[] | null; onChange: (patch: Partial<LaunchInputs>) => void;
}) {
  const issue = (...params: LaunchParam[]) => issues.find((i) => params.includes(i.param))?.message;
  return (
    <form className="space-y-5" onSubmit={(e) => e.preventDefault()} aria-label="Launch plan">
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium text-slate-900">Volume <span className="font-normal text-slate-500">· tokens per request</span></legend>
        <DraftField label="Requests a month" value={inputs.requests} parse={wholeNumber(1, 10_000_000_000)} onCommit={(requests) => onChange({ requests })} error={issue("requests")} testId="input-requests" />
        <DraftField label="Input tokens" value={inputs.inputTokens} parse={wholeNumber(0, 10_000_000)} onCommit={(inputTokens) => onChange({ inputTokens })} error={issue("in")} />
        <DraftField label="Output tokens" value={inputs.outputTokens} parse={wholeNumber(0, 10_000_000)} onCommit={(outputTokens) => onChange({ outputTokens })} error={issue("out")} />
      </fieldset>
      <MixFields mix={inputs.mix} list={list} lines={lines} onChange={(mix) => onChange({ mix })} />
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium text-slate-900">Costs</legend>
        <DraftField label="Cache hit rate" suffix="%" value={inputs.cacheHitPct} parse={wholeNumber(0, 100)} onCommit={(cacheHitPct) => onChange({ cacheHitPct })} error={issue("cache")}
          hint="share of requests your app answers from its own cache, at no model cost" testId="input-cache" />
        <DraftField label="Other costs a month" prefix="$" inputMode="decimal" value={inputs.otherMonthlyUsd} parse={usdAmount} onCommit={(otherMonthlyUsd) => onChange({ otherMonthlyUsd })} error={issue("other")}
          hint="GPU, vector DB, storage" />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium text-slate-900">Revenue</legend>
        <label className="block text-sm text-slate-700">
          Revenue model
          <select className={INPUT} value={inputs.revenueModel} onChange={(e) => onChange({ revenueModel: e.target.value as LaunchInputs["revenueModel"] })}>
            {REVENUE_MODELS.map((m) => <option key={m} value={m}>{REVENUE_MODEL_LABELS[m]}</option>)}
          </select>
          {issue("revenue") && <span className="mt-0.5 block text-xs text-rose-700">{issue("revenue")}</span>}
        </label>
        <DraftField label={PRICE_LABEL[inputs.revenueModel]} id="field-price" prefix="$" inputMode="decimal" value={inputs.priceUsd} parse={usdAmount} onCommit={(priceUsd) => onChange({ priceUsd })} error={issue("price")} testId="input-price" />
        {inputs.revenueModel === "per_user" && (
          <DraftField label="Active users a month" value={inputs.users} parse={wholeNumber(0, 10_000_000_000)} onCommit={(users) => onChange({ users })} error={issue("users")} />
        )}
      </fieldset>
    </form>
  );
}
