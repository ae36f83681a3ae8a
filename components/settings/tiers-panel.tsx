"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { fetchJson, sendJson } from "@/lib/hooks/fetch-json";
import { formatCount, formatMoney } from "@/lib/format/number";
import { TIER_COLORS } from "@/lib/charts/colors";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { modelTierSchema, type ModelTierRow as Row } from "@/lib/pricing/schemas";
import { TIERS } from "@/lib/pricing/tiers";

export function TiersPanel({ orgId, canEdit, initial }: { orgId: string; canEdit: boolean; initial: Row[] }) {
  const qc = useQueryClient();
  const queryKey = ["model-tiers", orgId];
  const models = useQuery({ queryKey, initialData: initial, queryFn: async () => z.object({ models: z.array(modelTierSchema) }).parse(await fetchJson("/api/v1/model-tiers")).models });
  const set = useMutation({
    mutationFn: (body: { provider: string; model: string; tier: string }) => sendJson("PUT", "/api/v1/model-tiers", body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey });
      void qc.invalidateQueries({ queryKey: ["overview"] });
    },
  });
  return (
    <Card title="Model tiers" subtitle="Routing coverage counts requests below the frontier tier. Defaults come from price bands (blended $/Mtok: small < $1, mid < $5); change any of them.">
      {set.isError && <p role="alert" className="mb-3 text-sm text-rose-700">{set.error.message}</p>}
      {models.data.length === 0 ? (
        <EmptyState title="No models yet">Models appear here once usage events arrive.</EmptyState>
      ) : (
        <TableScroll label="Model tiers">
        <table className="w-full text-sm" data-testid="model-tiers">
          <thead>
            <tr className={HEAD_ROW}>
              <th className="py-2 pr-4 font-medium">Model</th><th className="py-2 pr-4 text-right font-medium">Requests (30 d)</th>
              <th className="py-2 pr-4 text-right font-medium">Spend (30 d)</th><th className="py-2 font-medium">Tier</th>
            </tr>
          </thead>
          <tbody>
            {models.data.map((m) => (
              <tr key={`${m.provider}/${m.model}`} className={BODY_ROW}>
                <td className="py-2 pr-4"><span className="text-slate-500">{m.provider}/</span><span className="font-mono text-xs">{m.model}</span></td>
                <td className="py-2 pr-4 text-right tabular-nums">{formatCount(m.requests30d)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{formatMoney(m.costNano30d)}</td>
                <td className="py-2">
                  <span className="mr-2 inline-block h-2.5 w-2.5 rounded-full" style={{ background: TIER_COLORS[m.tier] }} />
                  {canEdit ? (
                    <select aria-label={`Tier of ${m.model}`} value={m.tier} disabled={set.isPending} onChange={(e) => set.mutate({ provider: m.provider, model: m.model, tier: e.target.value })}
                      className="rounded border border-slate-300 px-2 py-0.5 text-sm">
                      {TIERS.map((t) => <option key={t} value={t}>{t}</option>)}
                    </select>
                  ) : (
                    m.tier
                  )}
                  <span className="ml-2 text-xs text-slate-500">{m.manual ? "set by an admin" : "default"}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
    </Card>
  );
}
