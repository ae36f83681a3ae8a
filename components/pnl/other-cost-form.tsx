"use client";

import { useState } from "react";
import { INPUT, LABEL, PRIMARY_BUTTON } from "@/components/ui/form";
import { EntryStatus } from "@/components/pnl/entry-status";
import { FeatureMonthFields } from "@/components/pnl/feature-month-fields";
import { useEntrySubmit } from "@/components/pnl/use-entry-submit";
import { COST_CATEGORIES, COST_CATEGORY_LABELS, type CostCategory } from "@/lib/pnl/entry-schemas";

/** Enter another monthly AI cost of a feature (GPU, vector database, storage): one amount per month and category, the last write wins. */
export function OtherCostForm({ features, defaultMonth }: { features: { key: string; name: string }[]; defaultMonth: string }) {
  const [feature, setFeature] = useState(features[0]?.key ?? "");
  const [month, setMonth] = useState(defaultMonth);
  const [category, setCategory] = useState<CostCategory>("gpu");
  const [amount, setAmount] = useState("");
  const [note, setNote] = useState("");
  const { busy, message, submit } = useEntrySubmit("/api/v1/costs");
  return (
    <>
      <form
        className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          const item = { feature, month, category, amountUsd: amount.trim(), ...(note.trim() ? { note: note.trim() } : {}) };
          void submit([item], () => `Saved ${COST_CATEGORY_LABELS[category].toLowerCase()} for ${month}.`);
        }}
      >
        <FeatureMonthFields features={features} feature={feature} onFeature={setFeature} month={month} onMonth={setMonth} />
        <label className={LABEL}>Category
          <select className={INPUT} value={category} onChange={(e) => setCategory(e.target.value as CostCategory)}>
            {COST_CATEGORIES.map((c) => <option key={c} value={c}>{COST_CATEGORY_LABELS[c]}</option>)}
          </select>
        </label>
        <label className={LABEL}>Amount (USD)
          <input className={INPUT} inputMode="decimal" required placeholder="250.00" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <label className={LABEL}>Note (optional)
          <input className={INPUT} maxLength={200} placeholder="e.g. 40 A100 hours" value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>{busy ? "Saving…" : "Save cost"}</button>
      </form>
      <EntryStatus message={message} testId="cost-message" />
    </>
  );
}
