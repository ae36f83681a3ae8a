"use client";

import { useState } from "react";
import { INPUT, LABEL, PRIMARY_BUTTON } from "@/components/ui/form";
import { EntryStatus } from "@/components/pnl/entry-status";
import { FeatureMonthFields } from "@/components/pnl/feature-month-fields";
import { useEntrySubmit } from "@/components/pnl/use-entry-submit";

/**
 * Enter a feature's revenue for a month (last write wins, audited). Lists only the
 * features this member may write whose revenue is entered monthly; derived-revenue
 * features are changed under "Revenue model".
 */
export function RevenueForm({ features, defaultMonth }: { features: { key: string; name: string }[]; defaultMonth: string }) {
  const [feature, setFeature] = useState(features[0]?.key ?? "");
  const [month, setMonth] = useState(defaultMonth);
  const [amount, setAmount] = useState("");
  const { busy, message, submit } = useEntrySubmit("/api/v1/revenue");
  if (features.length === 0) return <p className="text-sm text-slate-600">None of your features has monthly revenue: their revenue is derived from a unit price (see Revenue model).</p>;
  return (
    <>
      <form
        className="grid gap-3 sm:grid-cols-4 sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          void submit([{ feature, month, revenueUsd: amount.trim() }], () => `Saved ${month}.`);
        }}
      >
        <FeatureMonthFields features={features} feature={feature} onFeature={setFeature} month={month} onMonth={setMonth} />
        <label className={LABEL}>Revenue (USD)
          <input className={INPUT} inputMode="decimal" required placeholder="12000.00" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>{busy ? "Saving…" : "Save revenue"}</button>
      </form>
      <EntryStatus message={message} testId="revenue-message" />
    </>
  );
}
