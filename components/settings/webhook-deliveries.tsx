"use client";

import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { useWebhookDeliveries } from "@/lib/hooks/use-webhooks";
import type { DeliveryView } from "@/lib/webhooks/schemas";

// UTC like every time in Costwise, to the second (retries are seconds apart)
const when = (iso: string | null) => (iso ? `${new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })} UTC` : "—");

const STATE_STYLE: Record<DeliveryView["status"], string> = {
  pending: "bg-amber-50 text-amber-800 ring-amber-200",
  delivered: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  failed: "bg-rose-50 text-rose-800 ring-rose-200",
};

export function DeliveryState({ status }: { status: DeliveryView["status"] }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${STATE_STYLE[status]}`}>{status}</span>;
}

function lastAttemptNote(d: DeliveryView): string {
  if (d.status === "pending") return d.nextAttemptAt ? `next try ${when(d.nextAttemptAt)}` : "queued";
  return d.error ?? (d.status === "delivered" ? `delivered ${when(d.deliveredAt)}` : "");
}

/** The latest deliveries to one endpoint: time, event, attempts, last status code, state (refreshing while pending). */
export function WebhookDeliveries({ orgId, endpointId }: { orgId: string; endpointId: string }) {
  const deliveries = useWebhookDeliveries(orgId, endpointId);
  if (deliveries.isPending) return <Skeleton className="h-20" />;
  if (deliveries.isError) return <p role="alert" className="text-sm text-rose-700">{deliveries.error.message}</p>;
  if (deliveries.data.length === 0) return <EmptyState title="No deliveries yet">Send a test, or wait for the next alert.</EmptyState>;
  return (
    <TableScroll label="Delivery history">
      <table className="w-full text-sm" data-testid="webhook-deliveries">
        <thead>
          <tr className={HEAD_ROW}>
            <th className="py-2 pr-4 font-medium">Time</th><th className="py-2 pr-4 font-medium">Event</th><th className="py-2 pr-4 text-right font-medium">Attempts</th>
            <th className="py-2 pr-4 text-right font-medium">Last status</th><th className="py-2 pr-4 font-medium">State</th><th className="py-2 font-medium">Details</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.data.map((d) => (
            <tr key={d.id} className={BODY_ROW}>
              <td className="whitespace-nowrap py-2 pr-4">{when(d.createdAt)}</td>
              <td className="py-2 pr-4 font-mono text-xs">{d.eventType}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{d.attempts}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{d.responseStatus ?? "—"}</td>
              <td className="py-2 pr-4"><DeliveryState status={d.status} /></td>
              <td className="py-2 text-xs text-slate-600">
                {d.attemptLog.length === 0 ? lastAttemptNote(d) : (
                  <details>
                    <summary className="cursor-pointer break-all">{lastAttemptNote(d) || "attempts"}</summary>
                    <ol className="mt-1 space-y-0.5">
                      {d.attemptLog.map((a) => (
                        <li key={a.attempt} className="break-all">#{a.attempt} {when(a.attemptedAt)}: {a.responseStatus ?? "no response"}{a.error ? ` – ${a.error}` : ""} ({a.durationMs} ms)</li>
                      ))}
                    </ol>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
