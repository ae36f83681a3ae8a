"use client";

import Link from "next/link";
import { ALERT_KIND_LABELS, ALERT_KIND_STYLES, alertLink, formatAlertTime } from "@/lib/alerts/present";
import type { AlertStatus, AlertView } from "@/lib/alerts/schemas";
import { UserText } from "@/components/ui/user-text";

const BUTTON = "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** One alert: what, when, its status trail, and the actions a manager may take. */
export function AlertItem({ alert, canAct, busy, onStatus }: { alert: AlertView; canAct: boolean; busy: boolean; onStatus: (s: AlertStatus) => void }) {
  const link = alertLink(alert.details);
  return (
    <li id={alert.id} className="flex scroll-mt-20 flex-col gap-3 py-4 sm:flex-row sm:items-start sm:justify-between" data-testid="alert-item" data-status={alert.status}>
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <span className={`rounded px-1.5 py-0.5 font-medium ${ALERT_KIND_STYLES[alert.kind]}`}>{ALERT_KIND_LABELS[alert.kind]}</span>
          <time dateTime={alert.createdAt} className="text-slate-500">{formatAlertTime(alert.createdAt)}</time>
        </div>
        <h3 className="text-sm font-semibold text-slate-900"><UserText>{alert.title}</UserText></h3>
        <p className="text-sm text-slate-700"><UserText>{alert.message}</UserText></p>
        <p className="text-xs text-slate-500">
          {alert.status === "open" && "Open"}
          {alert.acknowledgedAt && <>Acknowledged by <UserText>{alert.acknowledgedBy?.name ?? "—"}</UserText> · {formatAlertTime(alert.acknowledgedAt)}</>}
          {alert.resolvedAt && <> · Resolved by <UserText>{alert.resolvedBy?.name ?? "—"}</UserText> · {formatAlertTime(alert.resolvedAt)}</>}
        </p>
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-2">
        {link && <Link href={link} className="text-xs font-medium text-indigo-700 hover:underline">Explain →</Link>}
        {canAct && alert.status === "open" && <button className={BUTTON} disabled={busy} onClick={() => onStatus("acknowledged")}>Acknowledge</button>}
        {canAct && alert.status !== "resolved" && <button className={BUTTON} disabled={busy} onClick={() => onStatus("resolved")}>Resolve</button>}
        {canAct && alert.status === "resolved" && <button className={BUTTON} disabled={busy} onClick={() => onStatus("open")}>Reopen</button>}
      </div>
    </li>
  );
}
