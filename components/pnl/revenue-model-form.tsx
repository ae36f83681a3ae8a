"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { INPUT, LABEL, PRIMARY_BUTTON } from "@/components/ui/form";
import { EntryStatus } from "@/components/pnl/entry-status";
import type { EntryMessage } from "@/components/pnl/use-entry-submit";
import { formatMoney } from "@/lib/format/number";
import { sendJson } from "@/lib/hooks/fetch-json";
import { nanoToUsdString, usdToNano } from "@/lib/money";
import { REVENUE_MODELS, type RevenueModel } from "@/lib/pnl/maths";

export type ModelFeature = { id: string; key: string; name: string; revenueModel: RevenueModel; unitPriceNano: string | null };

export const REVENUE_MODEL_LABELS: Record<RevenueModel, string> = {
  monthly: "Entered monthly",
  per_request: "Price per request",
  per_user: "Price per active user per month",
};

/** How a feature earns: revenue entered per month, or derived from a price per request or per active end user. */
export function RevenueModelForm({ features }: { features: ModelFeature[] }) {
  const router = useRouter();
  const [id, setId] = useState(features[0]?.id ?? "");
  const current = features.find((f) => f.id === id) ?? features[0];
  const [model, setModel] = useState<RevenueModel>(current?.revenueModel ?? "monthly");
  const [price, setPrice] = useState(current?.unitPriceNano ? nanoToUsdString(current.unitPriceNano) : "");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<EntryMessage | null>(null);
  const pick = (next: string) => {
    const f = features.find((x) => x.id === next);
    setId(next);
    setModel(f?.revenueModel ?? "monthly");
    setPrice(f?.unitPriceNano ? nanoToUsdString(f.unitPriceNano) : "");
    setMessage(null);
  };
  if (!current) return null;
  const derived = model !== "monthly";
  return (
    <>
      <form
        className="grid gap-3 sm:grid-cols-4 sm:items-end"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setMessage(null);
          try {
            await sendJson("PUT", `/api/v1/features/${id}/revenue-model`, derived ? { revenueModel: model, unitPriceUsd: price.trim() } : { revenueModel: model });
            setMessage({ ok: true, text: `${current.name}: ${REVENUE_MODEL_LABELS[model].toLowerCase()}${derived ? ` at ${formatMoney(usdToNano(price))}` : ""}.` });
            router.refresh();
          } catch (err) {
            setMessage({ ok: false, text: (err as Error).message });
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className={LABEL}>Feature
          <select className={INPUT} value={id} onChange={(e) => pick(e.target.value)}>
            {features.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
          </select>
        </label>
        <label className={LABEL}>Revenue model
          <select className={INPUT} value={model} onChange={(e) => setModel(e.target.value as RevenueModel)}>
            {REVENUE_MODELS.map((m) => <option key={m} value={m}>{REVENUE_MODEL_LABELS[m]}</option>)}
          </select>
        </label>
        <label className={LABEL}>Unit price (USD)
          <input className={INPUT} inputMode="decimal" disabled={!derived} required={derived} placeholder={derived ? "0.002" : "entered monthly"} value={derived ? price : ""} onChange={(e) => setPrice(e.target.value)} />
        </label>
        <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>{busy ? "Saving…" : "Save revenue model"}</button>
      </form>
      <EntryStatus message={message} testId="revenue-model-message" />
    </>
  );
}
