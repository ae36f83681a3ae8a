"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Segmented } from "@/components/ui/segmented";
import { LABEL } from "@/components/ui/form";
import { AlertItem } from "@/components/alerts/alert-item";
import { fetchJson, sendJson } from "@/lib/hooks/fetch-json";
import { ALERT_KIND_LABELS, ALERT_STATUS_LABELS } from "@/lib/alerts/present";
import { ALERT_KINDS, alertListSchema, type AlertKind, type AlertList, type AlertStatus } from "@/lib/alerts/schemas";

export type InboxView = { status: AlertStatus | "all"; kind: AlertKind | "all" };

function listUrl(v: InboxView, before?: string) {
  const p = new URLSearchParams();
  if (v.status !== "all") p.set("status", v.status);
  if (v.kind !== "all") p.set("kind", v.kind);
  if (before) p.set("before", before);
  return `/api/v1/alerts?${p}`;
}

/** The inbox: status tabs and a kind filter (both in the URL), alerts newest first, actions for admins and leads. */
export function AlertsInbox({ orgId, view, initial, canAct }: { orgId: string; view: InboxView; initial: AlertList; canAct: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const queryKey = ["alerts", orgId, view];
  const list = useInfiniteQuery({
    queryKey,
    initialPageParam: undefined as string | undefined,
    initialData: { pages: [initial], pageParams: [undefined] },
    queryFn: async ({ pageParam }) => alertListSchema.parse(await fetchJson(listUrl(view, pageParam))),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const update = useMutation({
    mutationFn: ({ id, status }: { id: string; status: AlertStatus }) => sendJson("PATCH", `/api/v1/alerts/${id}`, { status }),
    onSuccess: () => {
      setError(null);
      void qc.invalidateQueries({ queryKey: ["alerts", orgId] });
      router.refresh(); // the navigation's open-alerts badge
    },
    onError: (e) => setError((e as Error).message),
  });
  const setView = (patch: Partial<InboxView>) => {
    const next = new URLSearchParams(params.toString());
    const v = { ...view, ...patch };
    if (v.status === "open") next.delete("status"); else next.set("status", v.status);
    if (v.kind === "all") next.delete("kind"); else next.set("kind", v.kind);
    router.replace(`${pathname}?${next}`, { scroll: false });
  };
  const counts = list.data.pages[0].counts;
  const alerts = list.data.pages.flatMap((p) => p.alerts);
  const statusOptions = [
    ...(["open", "acknowledged", "resolved"] as const).map((s) => ({ value: s, label: `${ALERT_STATUS_LABELS[s]} (${counts[s]})` })),
    { value: "all" as const, label: "All" },
  ];

  return (
    <Card>
      <div className="mb-2 flex flex-wrap items-end justify-between gap-3">
        <Segmented label="Alert status" options={statusOptions} value={view.status} onChange={(status) => setView({ status })} />
        <label className={`${LABEL} flex items-center gap-2`}>
          Kind
          <select className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm" value={view.kind} onChange={(e) => setView({ kind: e.target.value as InboxView["kind"] })}>
            <option value="all">All kinds</option>
            {ALERT_KINDS.map((k) => <option key={k} value={k}>{ALERT_KIND_LABELS[k]}</option>)}
          </select>
        </label>
      </div>
      {error && <p role="alert" className="mb-2 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">{error}</p>}
      {alerts.length === 0 ? (
        <EmptyState title={view.status === "open" ? "No open alerts" : "No alerts here"}>
          Budget thresholds, forecast breaches, spend anomalies and end-user spend rules raise alerts here, and send them to your webhooks.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Alerts" aria-busy={list.isFetching}>
          {alerts.map((a) => (
            <AlertItem key={a.id} alert={a} canAct={canAct} busy={update.isPending && update.variables?.id === a.id} onStatus={(status) => update.mutate({ id: a.id, status })} />
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <button className="mt-3 text-sm font-medium text-indigo-700 hover:underline disabled:opacity-60" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {list.isFetchingNextPage ? "Loading…" : "Older alerts"}
        </button>
      )}
    </Card>
  );
}
