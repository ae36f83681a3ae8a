"use client";

import type { TeamLeads } from "@/lib/teams/schemas";

type Lead = TeamLeads["candidates"][number];
const label = (l: Lead) => l.name ?? l.email;

/** A team's leads as chips; admins remove one with its ×, or add a member with the lead role from the select. */
export function TeamLeadsCell({ teamName, leads, candidates, canEdit, busy, onAssign, onRemove }: {
  teamName: string; leads: Lead[]; candidates: Lead[]; canEdit: boolean; busy: boolean;
  onAssign: (userId: string) => void; onRemove: (userId: string) => void;
}) {
  const free = candidates.filter((c) => !leads.some((l) => l.userId === c.userId));
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      {leads.length === 0 && !canEdit && <span className="text-slate-500">—</span>}
      {leads.map((l) => (
        <span key={l.userId} className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800">
          {label(l)}
          {canEdit && (
            <button type="button" disabled={busy} aria-label={`Remove ${label(l)} as lead of ${teamName}`} className="rounded-full px-1 text-slate-500 hover:bg-slate-200 hover:text-slate-900" onClick={() => onRemove(l.userId)}>
              ×
            </button>
          )}
        </span>
      ))}
      {canEdit && free.length > 0 && (
        <select
          aria-label={`Add a lead to ${teamName}`}
          disabled={busy}
          className="rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs"
          value=""
          onChange={(e) => e.target.value && onAssign(e.target.value)}
        >
          <option value="">Add lead…</option>
          {free.map((c) => (
            <option key={c.userId} value={c.userId}>{label(c)}</option>
          ))}
        </select>
      )}
    </div>
  );
}
