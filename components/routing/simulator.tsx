"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { Card } from "@/components/ui/card";
import { INPUT } from "@/components/ui/form";
import { UserText } from "@/components/ui/user-text";
import { formatCount, formatMoney, formatPercent } from "@/lib/format/number";
import { useRoutingSimulation } from "@/lib/hooks/use-routing-simulation";
import { MAX_SCENARIOS, type Simulation } from "@/lib/routing/schemas";
import { parseSimParams, simParam, type SimScenario } from "@/lib/routing/sim-params";
import type { Tier } from "@/lib/pricing/tiers";

export type SimTarget = { provider: string; model: string; tier: Tier };
const BUTTON = "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:opacity-50";

/**
 * Write the scenarios to the URL without a server round trip (Next keeps
 * useSearchParams in step with history), readably: `~` and `/` stay as they are.
 */
function writeUrl(scenarios: SimScenario[]) {
  const params = new URLSearchParams(window.location.search);
  params.delete("sim");
  const q = [params.toString(), ...scenarios.map((s) => `sim=${encodeURIComponent(simParam(s)).replaceAll("%2F", "/")}`)].filter(Boolean).join("&");
  window.history.replaceState(null, "", q ? `?${q}` : window.location.pathname);
}

/** What-if: "move X% of feature F's frontier traffic to model M (or a tier)", several scenarios side by side, inputs in the URL. */
export function Simulator({ range, features, targets, suggested }: { range: { from: string; to: string }; features: { key: string; name: string }[]; targets: SimTarget[]; suggested: SimScenario | null }) {
  const params = useSearchParams();
  const fromUrl = parseSimParams(params.getAll("sim"));
  const [draft, setDraft] = useState<SimScenario[]>(fromUrl.length ? fromUrl : suggested ? [suggested] : []);
  // the figures follow the inputs once typing pauses
  const [settled, setSettled] = useState(draft);
  useEffect(() => {
    const t = setTimeout(() => setSettled(draft), 400);
    return () => clearTimeout(t);
  }, [draft]);
  const query = useRoutingSimulation(range, settled);
  const update = (next: SimScenario[]) => {
    setDraft(next);
    writeUrl(next);
  };

  return (
    <Card title="What-if simulator" subtitle={`Move part of a feature's frontier traffic to a cheaper model, priced on its real token mix of ${range.from} – ${range.to}; per 30-day month. The scenarios are in the link.`}>
      <div className="space-y-3">
        {draft.map((s, i) => (
          <ScenarioRow key={i} index={i} scenario={s} features={features} targets={targets} onChange={(next) => update(draft.map((x, j) => (j === i ? next : x)))} onRemove={() => update(draft.filter((_, j) => j !== i))} />
        ))}
        <button type="button" className={BUTTON} disabled={draft.length >= MAX_SCENARIOS || features.length === 0}
          onClick={() => update([...draft, { feature: draft.at(-1)?.feature ?? features[0]?.key ?? "", sharePct: "50", target: "mid" }])}>
          + Add scenario
        </button>
        {draft.length === 0 && <p className="text-sm text-slate-600">Add a scenario to see what moving frontier traffic would save.</p>}
      </div>
      {query.isError && <p role="alert" className="mt-4 rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">{query.error.message}</p>}
      {query.data && settled.length > 0 && !query.isError && <Results sim={query.data} busy={query.isFetching} />}
    </Card>
  );
}

function ScenarioRow({ index, scenario: s, features, targets, onChange, onRemove }: {
  index: number; scenario: SimScenario; features: { key: string; name: string }[]; targets: SimTarget[]; onChange: (s: SimScenario) => void; onRemove: () => void;
}) {
  const id = useId();
  return (
    <fieldset className="grid gap-2 rounded-lg border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_2fr_auto] sm:items-end" data-testid="sim-scenario">
      <legend className="px-1 text-xs font-medium uppercase tracking-wide text-slate-500">Scenario {index + 1}</legend>
      <label className="text-sm text-slate-700" htmlFor={`${id}-f`}>Feature
        <select id={`${id}-f`} className={INPUT} value={s.feature} onChange={(e) => onChange({ ...s, feature: e.target.value })}>
          {!features.some((f) => f.key === s.feature) && <option value={s.feature}>{s.feature}</option>}
          {features.map((f) => <option key={f.key} value={f.key}>{f.name}</option>)}
        </select>
      </label>
      <label className="text-sm text-slate-700" htmlFor={`${id}-p`}>% of its frontier traffic
        <input id={`${id}-p`} className={INPUT} inputMode="decimal" value={s.sharePct} onChange={(e) => onChange({ ...s, sharePct: e.target.value })} />
      </label>
      <label className="text-sm text-slate-700" htmlFor={`${id}-t`}>Move to
        <select id={`${id}-t`} className={INPUT} value={s.target} onChange={(e) => onChange({ ...s, target: e.target.value })}>
          <option value="mid">Mid tier (its most-used model)</option>
          <option value="small">Small tier (its most-used model)</option>
          {!["mid", "small"].includes(s.target) && !targets.some((t) => `${t.provider}/${t.model}` === s.target) && <option value={s.target}>{s.target}</option>}
          {targets.map((t) => <option key={`${t.provider}/${t.model}`} value={`${t.provider}/${t.model}`}>{t.model} ({t.tier})</option>)}
        </select>
      </label>
      <button type="button" className={BUTTON} onClick={onRemove} aria-label={`Remove scenario ${index + 1}`}>Remove</button>
    </fieldset>
  );
}

function Results({ sim, busy }: { sim: Simulation; busy: boolean }) {
  return (
    <div className={`mt-4 grid gap-3 sm:grid-cols-2 xl:grid-cols-3 ${busy ? "opacity-60" : ""}`} aria-live="polite" aria-busy={busy} data-testid="sim-results">
      {sim.scenarios.map((s, i) => {
        const current = Number(s.currentMonthlyNano);
        const projected = Number(s.projectedMonthlyNano);
        const max = Math.max(current, projected, 1);
        const saves = BigInt(s.savingsMonthlyNano) >= 0n;
        return (
          <div key={i} className="rounded-lg border border-slate-200 p-3" data-testid="sim-result">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Scenario {i + 1}</p>
            <p className="mt-1 text-sm text-slate-800">
              {formatPercent(s.sharePct / 100, s.sharePct % 1 ? 2 : 0)} of <UserText>{s.featureName}</UserText>&apos;s frontier traffic → <span className="font-medium [overflow-wrap:anywhere]">{s.target.model}</span>
            </p>
            <p className={`mt-2 text-2xl font-semibold tabular-nums ${saves ? "text-emerald-700" : "text-rose-700"}`} data-testid="sim-savings">
              {saves ? "" : "+"}{formatMoney(saves ? s.savingsMonthlyNano : (-BigInt(s.savingsMonthlyNano)).toString())}<span className="text-sm font-normal text-slate-600"> / month {saves ? "saved" : "more"}</span>
            </p>
            <p className="text-xs text-slate-600">{formatPercent(s.savingsRatio, 1)} of the feature&apos;s cost · {formatCount(s.movedRequestsMonthly, { compact: true })} of {formatCount(s.frontierRequestsMonthly, { compact: true })} frontier requests a month move</p>
            <dl className="mt-3 space-y-1 text-xs">
              {[["Now", current, s.currentMonthlyNano, "#475569"], ["After", projected, s.projectedMonthlyNano, "#059669"]].map(([label, v, nano, color]) => (
                <div key={label as string} className="grid grid-cols-[3rem_1fr_auto] items-center gap-2">
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="h-2 rounded-full bg-slate-100"><div className="h-2 rounded-full" style={{ width: `${((v as number) / max) * 100}%`, backgroundColor: color as string }} /></dd>
                  <dd className="tabular-nums text-slate-800">{formatMoney(nano as string)}</dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </div>
  );
}
