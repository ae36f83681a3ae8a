"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { apiKeySchema, createdApiKeySchema, type ApiKeyView } from "@/lib/api-keys/schemas";
import { API_KEY_SCOPE_LABELS, API_KEY_SCOPES, type ApiKeyScope } from "@/lib/auth/api-key-scopes";
import { fetchJson, sendJson } from "@/lib/hooks/fetch-json";
import { z } from "zod";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" }) : "never");

export function curlExample(origin: string, secret: string): string {
  const now = new Date().toISOString();
  return `curl -X POST ${origin}/api/v1/events \\
  -H "Authorization: Bearer ${secret}" \\
  -H "Content-Type: application/json" \\
  -d '{"batch":[{"eventId":"first-event-1","timestamp":"${now}","model":"gpt-4o-mini","team":"my-team","feature":"my-feature","inputTokens":1200,"outputTokens":300}]}'`;
}

export function ApiKeysPanel({ orgId, initial, origin }: { orgId: string; initial: ApiKeyView[]; origin: string }) {
  const qc = useQueryClient();
  const queryKey = ["api-keys", orgId];
  const keys = useQuery({ queryKey, initialData: initial, queryFn: async () => z.object({ keys: z.array(apiKeySchema) }).parse(await fetchJson("/api/v1/api-keys")).keys });
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<ApiKeyScope[]>(["ingest"]);
  const [created, setCreated] = useState<z.infer<typeof createdApiKeySchema> | null>(null);
  const [copied, setCopied] = useState(false);
  const create = useMutation({
    mutationFn: async () => createdApiKeySchema.parse(await sendJson("POST", "/api/v1/api-keys", { name, scopes })),
    onSuccess: (k) => {
      setCreated(k);
      setName("");
      void qc.invalidateQueries({ queryKey });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => sendJson("DELETE", `/api/v1/api-keys/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey }),
  });

  return (
    <div className="space-y-6">
      <Card title="Create an API key" subtitle="Services send usage events with it. The secret is shown once.">
        <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
          <label className="text-sm">
            <span className="block font-medium text-slate-700">Name</span>
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} placeholder="e.g. checkout-service"
              className="mt-1 w-64 rounded-lg border border-slate-300 px-3 py-1.5 outline-none focus:border-indigo-500" />
          </label>
          <fieldset className="text-sm">
            <legend className="font-medium text-slate-700">Scopes</legend>
            <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
              {API_KEY_SCOPES.map((s) => (
                <label key={s} className="flex items-center gap-1" title={API_KEY_SCOPE_LABELS[s]}>
                  <input type="checkbox" checked={scopes.includes(s)} onChange={(e) => setScopes(e.target.checked ? [...scopes, s] : scopes.filter((x) => x !== s))} />
                  {s}
                </label>
              ))}
            </div>
          </fieldset>
          <button disabled={create.isPending} className="rounded-lg bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-800 disabled:opacity-60">
            {create.isPending ? "Creating…" : "Create key"}
          </button>
        </form>
        {create.isError && <p role="alert" className="mt-3 text-sm text-rose-700">{create.error.message}</p>}
        {created && (
          <div className="mt-4 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm" data-testid="new-key">
            <p className="font-medium text-emerald-900">Key “{created.name}” created. Copy it now: it will not be shown again.</p>
            <div className="mt-2 flex items-center gap-2">
              <code className="rounded bg-white px-2 py-1 font-mono text-xs" data-testid="new-key-secret">{created.secret}</code>
              <button type="button" className="rounded border border-emerald-300 px-2 py-0.5 text-xs hover:bg-white"
                onClick={() => { void navigator.clipboard?.writeText(created.secret); setCopied(true); }}>
                {copied ? "Copied" : "Copy"}
              </button>
            </div>
            <p className="mt-3 font-medium text-emerald-900">Send a first event:</p>
            <pre className="mt-1 whitespace-pre-wrap break-all rounded bg-slate-900 p-3 font-mono text-xs text-slate-100" data-testid="curl-example">{curlExample(origin, created.secret)}</pre>
            <p className="mt-2 text-xs text-emerald-800">It appears on the Overview within seconds.</p>
          </div>
        )}
      </Card>

      <Card title="Keys">
        {keys.data.length === 0 ? (
          <EmptyState title="No API keys yet">Create one above to start sending usage events.</EmptyState>
        ) : (
          <TableScroll label="API keys">
          <table className="w-full text-sm" data-testid="api-keys">
            <thead>
              <tr className={HEAD_ROW}>
                <th className="py-2 pr-4 font-medium">Name</th><th className="py-2 pr-4 font-medium">Key</th><th className="py-2 pr-4 font-medium">Scopes</th>
                <th className="py-2 pr-4 font-medium">Created</th><th className="py-2 pr-4 font-medium">Last used</th><th className="py-2" />
              </tr>
            </thead>
            <tbody>
              {keys.data.map((k) => (
                <tr key={k.id} className={`${BODY_ROW} ${k.revokedAt ? "text-slate-500" : ""}`}>
                  <td className="py-2 pr-4 font-medium">{k.name}</td>
                  <td className="py-2 pr-4 font-mono text-xs">{k.prefix}…</td>
                  <td className="py-2 pr-4">{k.scopes.join(", ")}</td>
                  <td className="py-2 pr-4">{when(k.createdAt)}</td>
                  <td className="py-2 pr-4">{when(k.lastUsedAt)}</td>
                  <td className="py-2 text-right">
                    {k.revokedAt ? (
                      <span className="text-xs">revoked {when(k.revokedAt)}</span>
                    ) : (
                      <button className="rounded border border-rose-200 px-2 py-0.5 text-xs text-rose-700 hover:bg-rose-50" disabled={revoke.isPending}
                        onClick={() => { if (confirm(`Revoke “${k.name}”? Services using it will get 401.`)) revoke.mutate(k.id); }}>
                        Revoke
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
    </div>
  );
}
