"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { Card } from "@/components/ui/card";
import { fetchJson, sendJson } from "@/lib/hooks/fetch-json";
import { formatCount, formatMoney } from "@/lib/format/number";
import { keyRowSchema, teamLeadsSchema, type KeyRow } from "@/lib/teams/schemas";
import { TeamLeadsCell } from "@/components/settings/team-leads-cell";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";

const dataSchema = z.object({ teams: z.array(keyRowSchema), features: z.array(keyRowSchema), leads: teamLeadsSchema });
type Data = z.infer<typeof dataSchema>;

export function TeamsPanel({ orgId, canEdit, initial }: { orgId: string; canEdit: boolean; initial: Data }) {
  const qc = useQueryClient();
  const queryKey = ["teams", orgId];
  const data = useQuery({ queryKey, initialData: initial, queryFn: async () => dataSchema.parse(await fetchJson("/api/v1/teams")) });
  const update = useMutation({
    mutationFn: ({ kind, id, body }: { kind: "teams" | "features"; id: string; body: object }) => sendJson("PATCH", `/api/v1/${kind}/${id}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey }),
  });
  const leads = useMutation({
    mutationFn: ({ teamId, userId, remove }: { teamId: string; userId: string; remove: boolean }) =>
      remove ? sendJson("DELETE", `/api/v1/teams/${teamId}/leads/${userId}`) : sendJson("POST", `/api/v1/teams/${teamId}/leads`, { userId }),
    onSuccess: () => qc.invalidateQueries({ queryKey }),
  });
  const teamName = (id: string | null) => data.data.teams.find((t) => t.id === id)?.name ?? "—";
  const unregistered = [...data.data.teams, ...data.data.features].filter((k) => !k.registered).length;

  const table = (kind: "teams" | "features", rows: KeyRow[]) => (
    <TableScroll label={kind === "teams" ? "Teams" : "Features"}>
    <table className="w-full text-sm" data-testid={`${kind}-table`}>
      <thead>
        <tr className={HEAD_ROW}>
          <th className="py-2 pr-4 font-medium">Key</th><th className="py-2 pr-4 font-medium">Name</th>
          {kind === "features" && <th className="py-2 pr-4 font-medium">Team</th>}
          {kind === "teams" && <th className="py-2 pr-4 font-medium">Leads</th>}
          <th className="py-2 pr-4 text-right font-medium">Requests (30 d)</th><th className="py-2 pr-4 text-right font-medium">Spend (30 d)</th><th />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={BODY_ROW}>
            <td className="py-2 pr-4 font-mono text-xs">
              <UserText>{r.key}</UserText>
              {!r.registered && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 font-sans text-[11px] text-amber-800">unregistered</span>}
            </td>
            <td className="py-2 pr-4"><UserText>{r.name}</UserText></td>
            {kind === "features" && <td className="py-2 pr-4">{teamName(r.teamId)}</td>}
            {kind === "teams" && (
              <td className="py-2 pr-4">
                <TeamLeadsCell
                  teamName={r.name} leads={data.data.leads.byTeam[r.id] ?? []} candidates={data.data.leads.candidates} canEdit={canEdit} busy={leads.isPending}
                  onAssign={(userId) => leads.mutate({ teamId: r.id, userId, remove: false })}
                  onRemove={(userId) => leads.mutate({ teamId: r.id, userId, remove: true })}
                />
              </td>
            )}
            <td className="py-2 pr-4 text-right tabular-nums">{formatCount(r.requests30d)}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{formatMoney(r.costNano30d)}</td>
            <td className="py-2 text-right">
              {canEdit && (
                <span className="flex justify-end gap-2">
                  <button className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50"
                    onClick={() => { const name = prompt(`Display name for ${r.key}`, r.name); if (name) update.mutate({ kind, id: r.id, body: { name } }); }}>
                    Rename
                  </button>
                  {!r.registered && (
                    <button className="rounded bg-slate-900 px-2 py-0.5 text-xs text-white hover:bg-slate-800" onClick={() => update.mutate({ kind, id: r.id, body: { registered: true } })}>
                      Adopt
                    </button>
                  )}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );

  return (
    <div className="space-y-6">
      {unregistered > 0 && (
        <p className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {unregistered} key{unregistered === 1 ? " was" : "s were"} created automatically from incoming events. Adopt the ones you recognise; rename them for the dashboards.
        </p>
      )}
      {update.isError && <p role="alert" className="text-sm text-rose-700">{update.error.message}</p>}
      {leads.isError && <p role="alert" className="text-sm text-rose-700">{leads.error.message}</p>}
      <Card title="Teams">{table("teams", data.data.teams)}</Card>
      <Card title="Features">{table("features", data.data.features)}</Card>
    </div>
  );
}
