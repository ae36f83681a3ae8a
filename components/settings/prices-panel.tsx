"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { fetchJson, sendJson } from "@/lib/hooks/fetch-json";
import { formatCount, formatMoney } from "@/lib/format/number";
import { priceOverrideSchema, unpricedModelSchema, type PriceOverrideView, type UnpricedModel } from "@/lib/pricing/schemas";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";

const pricesSchema = z.object({ overrides: z.array(priceOverrideSchema), unpriced: z.array(unpricedModelSchema) });
type Prices = z.infer<typeof pricesSchema>;
const input = "mt-1 w-full rounded-lg border border-slate-300 px-2 py-1 text-sm outline-none focus:border-indigo-500";

export function PricesPanel({ orgId, canEdit, initial }: { orgId: string; canEdit: boolean; initial: Prices }) {
  const qc = useQueryClient();
  const queryKey = ["prices", orgId];
  const prices = useQuery({ queryKey, initialData: initial, queryFn: async () => pricesSchema.parse(await fetchJson("/api/v1/prices")) });
  const [draft, setDraft] = useState<{ provider: string; model: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <div className="space-y-6">
      <Card title="Models without a price" subtitle="Their events are stored at $0 until you add a price; adding one re-prices them.">
        {prices.data.unpriced.length === 0 ? (
          <EmptyState title="Every model has a price">Prices come from the catalog (@pydantic/genai-prices) and your overrides.</EmptyState>
        ) : (
          <TableScroll label="Models without a price">
          <table className="w-full text-sm" data-testid="unpriced-models">
            <thead>
              <tr className={HEAD_ROW}>
                <th className="py-2 pr-4 font-medium">Provider</th><th className="py-2 pr-4 font-medium">Model</th>
                <th className="py-2 pr-4 text-right font-medium">Requests at $0</th><th className="py-2 pr-4 font-medium">Seen</th><th />
              </tr>
            </thead>
            <tbody>
              {prices.data.unpriced.map((m: UnpricedModel) => (
                <tr key={`${m.provider}/${m.model}`} className={BODY_ROW}>
                  <td className="py-2 pr-4"><UserText>{m.provider}</UserText></td>
                  <td className="py-2 pr-4 font-mono text-xs"><UserText>{m.model}</UserText></td>
                  <td className="py-2 pr-4 text-right tabular-nums">{formatCount(m.requests)}</td>
                  <td className="py-2 pr-4 text-xs text-slate-500">{m.firstSeen} – {m.lastSeen}</td>
                  <td className="py-2 text-right">
                    {canEdit && (
                      <button className="rounded bg-slate-900 px-2 py-0.5 text-xs text-white hover:bg-slate-800" onClick={() => setDraft({ provider: m.provider, model: m.model })}>
                        Add price
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
        )}
      </Card>

      {canEdit && (
        <Card title={draft ? `Price for ${draft.model}` : "Add a price override"} subtitle="Negotiated rates or self-hosted models. USD per million tokens.">
          {saved && <p className="mb-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800" data-testid="price-saved">{saved}</p>}
          <PriceForm
            key={draft ? `${draft.provider}/${draft.model}` : "blank"}
            draft={draft}
            onSaving={() => setSaved(null)}
            onSaved={(repriced) => {
              setSaved(`Saved. ${formatCount(repriced)} stored event${repriced === 1 ? "" : "s"} re-priced.`);
              setDraft(null);
              void qc.invalidateQueries({ queryKey });
              void qc.invalidateQueries({ queryKey: ["overview"] });
            }}
          />
        </Card>
      )}

      <Card title="Your overrides">
        {prices.data.overrides.length === 0 ? (
          <EmptyState title="No overrides">Catalog prices apply to every model.</EmptyState>
        ) : (
          <TableScroll label="Price overrides">
          <table className="w-full text-sm" data-testid="price-overrides">
            <thead>
              <tr className={HEAD_ROW}>
                <th className="py-2 pr-4 font-medium">Model</th><th className="py-2 pr-4 font-medium">From</th>
                <th className="py-2 pr-4 text-right font-medium">Input / Mtok</th><th className="py-2 pr-4 text-right font-medium">Output / Mtok</th>
                <th className="py-2 text-right font-medium">Cache read / write</th>
              </tr>
            </thead>
            <tbody>
              {prices.data.overrides.map((o: PriceOverrideView) => (
                <tr key={o.id} className={BODY_ROW}>
                  <td className="py-2 pr-4"><UserText className="text-slate-500">{o.provider}</UserText><span className="text-slate-500">/</span><UserText className="font-mono text-xs">{o.model}</UserText></td>
                  <td className="py-2 pr-4">{o.effectiveFrom}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{formatMoney(o.inputPerMtokNano)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{formatMoney(o.outputPerMtokNano)}</td>
                  <td className="py-2 text-right tabular-nums">{o.cacheReadPerMtokNano ? formatMoney(o.cacheReadPerMtokNano) : "–"} / {o.cacheWritePerMtokNano ? formatMoney(o.cacheWritePerMtokNano) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </TableScroll>
        )}
      </Card>
    </div>
  );
}

function PriceForm({ draft, onSaving, onSaved }: { draft: { provider: string; model: string } | null; onSaving: () => void; onSaved: (repriced: number) => void }) {
  const save = useMutation({
    mutationFn: async (form: FormData) => {
      const body: Record<string, string> = {};
      for (const [k, v] of form.entries()) if (typeof v === "string" && v.trim() !== "") body[k] = v.trim();
      return z.object({ repriced: z.number() }).parse(await sendJson("POST", "/api/v1/prices", body));
    },
    onSuccess: (r) => onSaved(r.repriced),
  });
  return (
    <form className="grid grid-cols-2 gap-3 md:grid-cols-4" onSubmit={(e) => { e.preventDefault(); onSaving(); save.mutate(new FormData(e.currentTarget)); }}>
      <label className="text-sm">Provider<input name="provider" required defaultValue={draft?.provider ?? ""} className={input} /></label>
      <label className="text-sm">Model<input name="model" required defaultValue={draft?.model ?? ""} className={input} /></label>
      <label className="text-sm">Effective from<input name="effectiveFrom" type="date" required defaultValue="2020-01-01" className={input} /></label>
      <span />
      <label className="text-sm">Input $/Mtok<input name="inputPerMtokUsd" required inputMode="decimal" placeholder="0.50" className={input} /></label>
      <label className="text-sm">Output $/Mtok<input name="outputPerMtokUsd" required inputMode="decimal" placeholder="1.50" className={input} /></label>
      <label className="text-sm">Cache read $/Mtok<input name="cacheReadPerMtokUsd" inputMode="decimal" placeholder="optional" className={input} /></label>
      <label className="text-sm">Cache write $/Mtok<input name="cacheWritePerMtokUsd" inputMode="decimal" placeholder="optional" className={input} /></label>
      <div className="col-span-2 flex items-center gap-3 md:col-span-4">
        <button disabled={save.isPending} className="rounded-lg bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-800 disabled:opacity-60">{save.isPending ? "Saving…" : "Save price"}</button>
        {save.isError && <span role="alert" className="text-sm text-rose-700">{save.error.message}</span>}
      </div>
    </form>
  );
}
