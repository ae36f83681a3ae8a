"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { sendJson } from "@/lib/hooks/fetch-json";
import { revenueResponseSchema } from "@/lib/pnl/revenue-schemas";

const INPUT = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600";

/**
 * Enter a feature's revenue for a month (last write wins, audited). Lists only the
 * features this member may write: all for admins, their teams' for leads; features
 * whose revenue is derived from a per-request or per-user price are not listed.
 */
export function RevenueForm({ features, defaultMonth }: { features: { key: string; name: string }[]; defaultMonth: string }) {
  const router = useRouter();
  const [feature, setFeature] = useState(features[0]?.key ?? "");
  const [month, setMonth] = useState(defaultMonth);
  const [amount, setAmount] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (features.length === 0) return null;
  return (
    <Card title="Enter revenue" subtitle="Monthly revenue of a feature; a new amount for the same month replaces the old one">
      <form
        className="grid gap-3 sm:grid-cols-4 sm:items-end"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setMessage(null);
          try {
            const res = revenueResponseSchema.parse(await sendJson("POST", "/api/v1/revenue", { items: [{ feature, month, revenueUsd: amount.trim() }] }));
            const r = res.results[0];
            if (r.status === "stored") {
              setMessage({ ok: true, text: `Saved ${month}.` });
              router.refresh();
            } else setMessage({ ok: false, text: `${r.error?.field ? `${r.error.field}: ` : ""}${r.error?.message ?? "rejected"}` });
          } catch (err) {
            setMessage({ ok: false, text: (err as Error).message });
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="text-sm text-slate-700">Feature
          <select className={INPUT} value={feature} onChange={(e) => setFeature(e.target.value)}>
            {features.map((f) => <option key={f.key} value={f.key}>{f.name}</option>)}
          </select>
        </label>
        <label className="text-sm text-slate-700">Month
          <input className={INPUT} type="month" required value={month} onChange={(e) => setMonth(e.target.value)} />
        </label>
        <label className="text-sm text-slate-700">Revenue (USD)
          <input className={INPUT} inputMode="decimal" required placeholder="12000.00" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <button type="submit" disabled={busy} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white hover:bg-slate-800 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
          {busy ? "Saving…" : "Save revenue"}
        </button>
      </form>
      {message && <p role="status" className={`mt-3 text-sm ${message.ok ? "text-emerald-800" : "text-rose-800"}`} data-testid="revenue-message">{message.text}</p>}
    </Card>
  );
}
