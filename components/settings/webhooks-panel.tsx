"use client";

import { useState } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { INPUT, LABEL, PRIMARY_BUTTON } from "@/components/ui/form";
import { DeliveryState, WebhookDeliveries } from "@/components/settings/webhook-deliveries";
import { useWebhooks } from "@/lib/hooks/use-webhooks";
import { WEBHOOK_FORMAT_LABELS, WEBHOOK_FORMATS, type WebhookFormat, type WebhookView } from "@/lib/webhooks/schemas";

const SMALL_BUTTON = "rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-indigo-600";

function CreatedSecret({ name, secret }: { name: string; secret: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-4 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm" data-testid="new-webhook-secret">
      <p className="font-medium text-emerald-900">Webhook “{name}” added. Copy its signing secret now: you won’t see it again.</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-white px-2 py-1 font-mono text-xs">{secret}</code>
        <button type="button" className="rounded border border-emerald-300 px-2 py-0.5 text-xs hover:bg-white"
          onClick={() => { void navigator.clipboard?.writeText(secret); setCopied(true); }}>
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="mt-2 text-xs text-emerald-800">Verify the <code>webhook-signature</code> header with any Standard Webhooks library; retries keep the same <code>webhook-id</code>.</p>
    </div>
  );
}

function EndpointRow({ orgId, w, hooks }: { orgId: string; w: WebhookView; hooks: ReturnType<typeof useWebhooks> }) {
  const [open, setOpen] = useState(false);
  const label = w.name || w.url;
  const tested = hooks.sendTest.isSuccess && hooks.sendTest.variables === w.id;
  return (
    <li className="py-4" data-testid="webhook">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 sm:flex-1">
          <p className="font-medium text-slate-900">{w.name || <span className="text-slate-500">Unnamed</span>}</p>
          <p className="break-all font-mono text-xs text-slate-600">{w.url}</p>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
            <span>{WEBHOOK_FORMAT_LABELS[w.format]}</span>
            <span aria-hidden>·</span>
            {w.lastDelivery ? (
              <span className="flex items-center gap-1">last delivery <DeliveryState status={w.lastDelivery.status} />{w.lastDelivery.responseStatus !== null && <span>HTTP {w.lastDelivery.responseStatus}</span>}</span>
            ) : <span>no deliveries yet</span>}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-1 text-xs text-slate-700">
            <input type="checkbox" role="switch" checked={w.enabled} disabled={hooks.update.isPending} aria-label={`Enabled: ${label}`}
              onChange={(e) => hooks.update.mutate({ id: w.id, enabled: e.target.checked })} />
            Enabled
          </label>
          <button type="button" className={SMALL_BUTTON} disabled={!w.enabled || hooks.sendTest.isPending} aria-label={`Send test to ${label}`}
            onClick={() => { hooks.sendTest.mutate(w.id); setOpen(true); }}>
            Send test
          </button>
          <button type="button" className={SMALL_BUTTON} aria-expanded={open} aria-controls={`history-${w.id}`} onClick={() => setOpen(!open)}>
            {open ? "Hide history" : "History"}
          </button>
          <button type="button" className="rounded border border-rose-200 px-2 py-0.5 text-xs text-rose-700 hover:bg-rose-50" disabled={hooks.remove.isPending} aria-label={`Delete ${label}`}
            onClick={() => { if (confirm(`Delete the webhook “${label}” and its delivery history?`)) hooks.remove.mutate(w.id); }}>
            Delete
          </button>
        </div>
      </div>
      {tested && <p role="status" className="mt-2 text-xs text-emerald-700">Test queued.</p>}
      {open && <div id={`history-${w.id}`} className="mt-3"><WebhookDeliveries orgId={orgId} endpointId={w.id} /></div>}
    </li>
  );
}

export function WebhooksPanel({ orgId, initial }: { orgId: string; initial: WebhookView[] }) {
  const hooks = useWebhooks(orgId, initial);
  const [url, setUrl] = useState("");
  const [name, setName] = useState("");
  const [format, setFormat] = useState<WebhookFormat>("standard");
  const created = hooks.create.data;
  const errors = [hooks.update.error, hooks.remove.error, hooks.sendTest.error].filter((e) => e !== null);

  return (
    <div className="space-y-6">
      <Card title="Add a webhook" subtitle="Alerts are posted to it as they are raised, retried with backoff for up to a day.">
        <form className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end" onSubmit={(e) => { e.preventDefault(); hooks.create.mutate({ url, format, name }, { onSuccess: () => { setUrl(""); setName(""); } }); }}>
          <label className={LABEL}>
            URL
            <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://hooks.slack.com/services/…" className={INPUT}
              aria-invalid={hooks.create.isError} aria-describedby={hooks.create.isError ? "webhook-url-error" : undefined} />
          </label>
          <label className={LABEL}>
            Format
            <select value={format} onChange={(e) => setFormat(e.target.value as WebhookFormat)} className={INPUT}>
              {WEBHOOK_FORMATS.map((f) => <option key={f} value={f}>{WEBHOOK_FORMAT_LABELS[f]}</option>)}
            </select>
          </label>
          <label className={LABEL}>
            Name <span className="text-slate-400">(optional)</span>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} placeholder="e.g. #cost-alerts" className={INPUT} />
          </label>
          <button disabled={hooks.create.isPending} className={PRIMARY_BUTTON}>{hooks.create.isPending ? "Adding…" : "Add webhook"}</button>
        </form>
        {hooks.create.isError && <p id="webhook-url-error" role="alert" className="mt-3 text-sm text-rose-700">{hooks.create.error.message}</p>}
        {created?.secret && <CreatedSecret name={created.name || created.url} secret={created.secret} />}
        {created && !created.secret && <p role="status" className="mt-3 text-sm text-emerald-700">Webhook added. Send a test to check the channel.</p>}
      </Card>

      <Card title="Webhooks">
        {errors.length > 0 && <p role="alert" className="mb-3 text-sm text-rose-700">{errors[0]?.message}</p>}
        {hooks.webhooks.data.length === 0 ? (
          <EmptyState title="No webhooks yet">Add a Slack incoming-webhook URL or your own endpoint above to get alerts outside Costwise.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="webhooks">
            {hooks.webhooks.data.map((w) => <EndpointRow key={w.id} orgId={orgId} w={w} hooks={hooks} />)}
          </ul>
        )}
      </Card>
    </div>
  );
}
