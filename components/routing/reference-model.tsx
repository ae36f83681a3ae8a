"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Card } from "@/components/ui/card";
import { INPUT, PRIMARY_BUTTON } from "@/components/ui/form";
import { UserText } from "@/components/ui/user-text";
import { formatCount, formatMoney } from "@/lib/format/number";
import { sendJson } from "@/lib/hooks/fetch-json";
import type { Routing } from "@/lib/routing/schemas";

const MOST_USED = "";

/** Which model routing savings are measured against; admins choose it (or go back to the most-used frontier model). */
export function ReferenceModel({ reference, frontierModels, isAdmin }: { reference: Routing["referenceModel"]; frontierModels: Routing["frontierModels"]; isAdmin: boolean }) {
  const router = useRouter();
  const id = useId();
  const current = reference?.source === "org" ? `${reference.provider}/${reference.model}` : MOST_USED;
  const [choice, setChoice] = useState(current);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const choices = frontierModels.map((m) => `${m.provider}/${m.model}`);
  if (current !== MOST_USED && !choices.includes(current)) choices.unshift(current);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setState({ busy: true, error: null });
    const slash = choice.indexOf("/");
    try {
      await sendJson("PUT", "/api/v1/routing/reference-model", { reference: choice === MOST_USED ? null : { provider: choice.slice(0, slash), model: choice.slice(slash + 1) } });
      setState({ busy: false, error: null });
      router.refresh();
    } catch (err) {
      setState({ busy: false, error: (err as Error).message });
    }
  }

  return (
    <Card title="Reference model" subtitle="Savings are what the same tokens would have cost on this frontier model">
      {reference ? (
        <dl className="space-y-1 text-sm" data-testid="reference-model">
          <div className="flex justify-between gap-2"><dt className="text-slate-600">Model</dt><dd className="font-medium [overflow-wrap:anywhere]"><UserText>{`${reference.provider}/${reference.model}`}</UserText></dd></div>
          <div className="flex justify-between gap-2"><dt className="text-slate-600">Chosen by</dt><dd>{reference.source === "org" ? "an admin" : "most used frontier model"}</dd></div>
          <div className="flex justify-between gap-2"><dt className="text-slate-600">Input / output</dt><dd className="tabular-nums">{formatMoney(reference.inputPerMtokNano)} / {formatMoney(reference.outputPerMtokNano)} per Mtok</dd></div>
        </dl>
      ) : (
        <p className="text-sm text-slate-600">No frontier model was used in this range, so there is nothing to measure savings against yet.</p>
      )}
      {isAdmin ? (
        <form onSubmit={save} className="mt-4 space-y-2">
          <label htmlFor={id} className="text-sm text-slate-700">Measure against</label>
          <select id={id} className={INPUT} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value={MOST_USED}>The most-used frontier model (default)</option>
            {choices.map((c) => {
              const m = frontierModels.find((x) => `${x.provider}/${x.model}` === c);
              return <option key={c} value={c}>{c}{m ? ` · ${formatCount(m.requests, { compact: true })} requests` : ""}</option>;
            })}
          </select>
          <button type="submit" className={PRIMARY_BUTTON} disabled={state.busy || choice === current}>{state.busy ? "Saving…" : "Use this model"}</button>
          {state.error && <p role="alert" className="text-sm text-rose-700">{state.error}</p>}
        </form>
      ) : (
        <p className="mt-3 text-xs text-slate-500">Admins choose the reference model.</p>
      )}
    </Card>
  );
}
