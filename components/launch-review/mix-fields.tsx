"use client";

import { DraftField, INPUT, wholeNumber } from "@/components/launch-review/fields";
import { Segmented } from "@/components/ui/segmented";
import { formatMoney } from "@/lib/format/number";
import { MAX_MIX_MODELS, mixProblem, type Mix, type MixModel } from "@/lib/launch-review/inputs";
import type { MixLine } from "@/lib/launch-review/maths";
import type { LaunchModels } from "@/lib/launch-review/schemas";
import { TIERS, type Tier } from "@/lib/pricing/tiers";

const TIER_LABELS: Record<Tier, string> = { small: "Small", mid: "Mid", frontier: "Frontier" };
const share = wholeNumber(0, 100);

/** The tier mix as named models (switching "by tier" → "by model" keeps the shares). */
function tierToModels(mix: Extract<Mix, { by: "tier" }>, tierModels: LaunchModels["tierModels"]): MixModel[] {
  const out: MixModel[] = [];
  for (const t of TIERS) {
    if (mix[t] === 0) continue;
    const same = out.find((m) => m.provider === tierModels[t].provider && m.model === tierModels[t].model);
    if (same) same.pct += mix[t];
    else out.push({ provider: tierModels[t].provider, model: tierModels[t].model, pct: mix[t] });
  }
  return out.length ? out : [{ provider: tierModels.small.provider, model: tierModels.small.model, pct: 100 }];
}

/** Model mix by tier (each tier priced by the model standing for it) or by named models, shares in whole percent. */
export function MixFields({ mix, list, lines, onChange }: { mix: Mix; list: LaunchModels; lines: MixLine[] | null; onChange: (mix: Mix) => void }) {
  const perRequest = (key: string) => {
    const line = lines?.find((l) => l.key === key);
    return line ? `${formatMoney(line.costPerRequestNano)} a request` : null;
  };
  const problem = mixProblem(mix);
  const total = mix.by === "tier" ? TIERS.reduce((s, t) => s + mix[t], 0) : mix.models.reduce((s, m) => s + m.pct, 0);
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-900">Model mix</legend>
      <Segmented
        label="Model mix"
        options={[{ value: "tier", label: "By tier" }, { value: "model", label: "By model" }]}
        value={mix.by}
        onChange={(by) => {
          if (by === mix.by) return;
          onChange(by === "model" && mix.by === "tier" ? { by: "model", models: tierToModels(mix, list.tierModels) } : { by: "tier", small: 70, mid: 20, frontier: 10 });
        }}
      />
      {mix.by === "tier" ? (
        <div className="grid gap-3 sm:grid-cols-3">
          {TIERS.map((t) => {
            const m = list.tierModels[t];
            const cost = perRequest(t);
            return (
              <DraftField key={t} label={`${TIER_LABELS[t]} tier`} suffix="%" value={mix[t]} parse={share} testId={`mix-${t}`}
                onCommit={(v) => onChange({ ...mix, [t]: v })}
                hint={`${m.model} (${m.source === "usage" ? "your most used" : "default"})${cost ? ` · ${cost}` : ""}`} />
            );
          })}
        </div>
      ) : (
        <ul className="space-y-2">
          {mix.models.map((m, i) => {
            const key = `${m.provider}/${m.model}`;
            const set = (patch: Partial<MixModel>) => onChange({ by: "model", models: mix.models.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
            const known = list.models.some((o) => o.provider === m.provider && o.model === m.model);
            return (
              <li key={i} className="grid grid-cols-[1fr_5.5rem_auto] items-start gap-2">
                <label className="block text-sm text-slate-700">
                  Model {i + 1}
                  <select className={INPUT} value={key} onChange={(e) => { const [provider, ...rest] = e.target.value.split("/"); set({ provider, model: rest.join("/") }); }}>
                    {!known && <option value={key}>{key} (no price)</option>}
                    {TIERS.map((t) => (
                      <optgroup key={t} label={`${TIER_LABELS[t]} tier`}>
                        {list.models.filter((o) => o.tier === t).map((o) => (
                          <option key={`${o.provider}/${o.model}`} value={`${o.provider}/${o.model}`}>{o.model} · {o.provider}{o.source === "override" ? " (your price)" : ""}</option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                  {perRequest(key) && <span className="mt-0.5 block text-xs text-slate-500">{perRequest(key)}</span>}
                </label>
                <DraftField id={`mix-share-${i}`} label="Share" suffix="%" value={m.pct} parse={share} testId={`mix-share-${i}`} onCommit={(v) => set({ pct: v })} />
                <button type="button" disabled={mix.models.length === 1} onClick={() => onChange({ by: "model", models: mix.models.filter((_, j) => j !== i) })}
                  aria-label={`Remove ${m.model}`}
                  className="mt-6 rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:opacity-40">
                  ×
                </button>
              </li>
            );
          })}
          {mix.models.length < MAX_MIX_MODELS && (
            <li>
              <button type="button" className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600"
                onClick={() => {
                  const next = list.models.find((o) => !mix.models.some((m) => m.provider === o.provider && m.model === o.model));
                  if (next) onChange({ by: "model", models: [...mix.models, { provider: next.provider, model: next.model, pct: 0 }] });
                }}>
                Add a model
              </button>
            </li>
          )}
        </ul>
      )}
      <p className={`text-xs ${problem ? "text-rose-700" : "text-slate-500"}`} data-testid="mix-total" role={problem ? "alert" : undefined}>
        {problem ? `${problem[0].toUpperCase()}${problem.slice(1)}.` : `Total ${total}%`}
      </p>
    </fieldset>
  );
}
