"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { INPUT, LABEL, PRIMARY_BUTTON } from "@/components/ui/form";
import { UserText } from "@/components/ui/user-text";
import { fetchJson, sendJson } from "@/lib/hooks/fetch-json";
import { formatMoney } from "@/lib/format/number";
import { alertRuleViewSchema, type AlertRuleView } from "@/lib/alerts/schemas";

const rulesSchema = z.object({ rules: z.array(alertRuleViewSchema) });

/** Per-end-user spend rules: "any end user above $X in the last N hours", per feature or org-wide. */
export function UserRules({ orgId, initial, features, canEdit, orgWide }: { orgId: string; initial: AlertRuleView[]; features: { key: string; name: string }[]; canEdit: boolean; orgWide: boolean }) {
  const qc = useQueryClient();
  const queryKey = ["alert-rules", orgId];
  const rules = useQuery({ queryKey, initialData: { rules: initial }, queryFn: async () => rulesSchema.parse(await fetchJson("/api/v1/alert-rules")) });
  const [form, setForm] = useState({ feature: orgWide ? "" : (features[0]?.key ?? ""), thresholdUsd: "5.00", windowHours: "24" });
  const [error, setError] = useState<string | null>(null);
  const done = () => { setError(null); void qc.invalidateQueries({ queryKey }); };
  const create = useMutation({
    mutationFn: () => sendJson("POST", "/api/v1/alert-rules", { feature: form.feature || null, thresholdUsd: form.thresholdUsd, windowHours: Number(form.windowHours) }),
    onSuccess: done,
    onError: (e) => setError((e as Error).message),
  });
  const remove = useMutation({ mutationFn: (id: string) => sendJson("DELETE", `/api/v1/alert-rules/${id}`), onSuccess: done, onError: (e) => setError((e as Error).message) });

  return (
    <Card title="End-user spend rules" subtitle="Alert when any single end user spends more than a limit within a rolling window.">
      {rules.data.rules.length === 0 ? (
        <p className="text-sm text-slate-500">No rules yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" aria-label="End-user spend rules">
          {rules.data.rules.map((r) => (
            <li key={r.id} className="flex items-center justify-between gap-3 py-2">
              <span>
                Any end user above <strong>{formatMoney(r.thresholdNano)}</strong> in {r.windowHours} h{" "}
                {r.feature ? <>on <UserText>{r.feature.name}</UserText></> : "across all features"}
              </span>
              {canEdit && <button className="text-xs text-rose-700 hover:underline" aria-label={`Delete rule ${formatMoney(r.thresholdNano)} in ${r.windowHours} h`} onClick={() => remove.mutate(r.id)}>Delete</button>}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form className="mt-4 grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end" onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
          <label className={LABEL}>
            Scope
            <select className={INPUT} value={form.feature} onChange={(e) => setForm({ ...form, feature: e.target.value })}>
              {orgWide && <option value="">All features</option>}
              {features.map((f) => <option key={f.key} value={f.key}>{f.name}</option>)}
            </select>
          </label>
          <label className={LABEL}>
            Limit (USD)
            <input className={INPUT} inputMode="decimal" value={form.thresholdUsd} onChange={(e) => setForm({ ...form, thresholdUsd: e.target.value })} />
          </label>
          <label className={LABEL}>
            Window (hours)
            <input className={INPUT} type="number" min={1} max={168} value={form.windowHours} onChange={(e) => setForm({ ...form, windowHours: e.target.value })} />
          </label>
          <button className={PRIMARY_BUTTON} disabled={create.isPending}>{create.isPending ? "Adding…" : "Add rule"}</button>
        </form>
      )}
      {error && <p role="alert" className="mt-2 text-sm text-rose-700">{error}</p>}
    </Card>
  );
}
