"use client";

import { useState } from "react";
import { Segmented } from "@/components/ui/segmented";
import { RANGE_LABELS, RANGE_PRESETS, type Filters, type FilterIssue } from "@/lib/filters/schema";
import type { Overview } from "@/lib/overview/schemas";

export type View = Pick<Filters, "preset" | "from" | "to" | "team" | "feature" | "provider" | "model">;
const SELECT = "min-w-0 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600";

/**
 * The global filters, read from and written to the URL (lib/filters): range
 * presets, a custom from–to, team, feature and model. `issues` are the URL's
 * invalid values, shown rather than silently replaced.
 */
export function FilterBar({ view, options, issues, onChange, fields = ["team", "feature", "model"] }: {
  view: View; options: Overview["options"]; issues: FilterIssue[]; onChange: (patch: Partial<View>) => void; fields?: readonly ("team" | "feature" | "model")[];
}) {
  const [custom, setCustom] = useState(view.preset === "custom");
  const [from, setFrom] = useState(view.from);
  const [to, setTo] = useState(view.to);
  const set = onChange;
  const presets = [...RANGE_PRESETS.map((p) => ({ value: p as string, label: RANGE_LABELS[p] })), { value: "custom", label: "Custom" }];
  const modelValue = view.model ? `${view.provider ?? ""}/${view.model}` : "";

  return (
    <div className="space-y-2" data-testid="filter-bar">
      <div className="flex flex-wrap items-center gap-2">
        <Segmented
          label="Date range"
          options={presets}
          value={custom ? "custom" : view.preset}
          onChange={(v) => {
            if (v === "custom") return setCustom(true);
            setCustom(false);
            set({ preset: v as View["preset"] });
          }}
        />
        {custom && (
          <form
            className="flex flex-wrap items-center gap-2 text-sm"
            onSubmit={(e) => {
              e.preventDefault();
              set({ preset: "custom", from, to });
            }}
          >
            <label className="flex items-center gap-1 text-slate-700">From <input type="date" required value={from} onChange={(e) => setFrom(e.target.value)} className={SELECT} /></label>
            <label className="flex items-center gap-1 text-slate-700">To <input type="date" required value={to} onChange={(e) => setTo(e.target.value)} className={SELECT} /></label>
            <button type="submit" className="rounded-md bg-slate-900 px-3 py-1 text-white hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">Apply</button>
          </form>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        {fields.includes("team") && <EntitySelect label="Team" all="All teams" value={view.team} items={options.teams} onChange={(team) => set({ team })} />}
        {fields.includes("feature") && <EntitySelect label="Feature" all="All features" value={view.feature} items={options.features} onChange={(feature) => set({ feature })} />}
        {fields.includes("model") && <label className="flex min-w-0 max-w-full items-center gap-1 text-slate-700">
          Model
          <select
            className={SELECT}
            value={modelValue}
            onChange={(e) => {
              const v = e.target.value;
              const i = v.indexOf("/");
              set(v ? { provider: v.slice(0, i), model: v.slice(i + 1) } : { provider: null, model: null });
            }}
          >
            <option value="">All models</option>
            {options.models.map((m) => <option key={`${m.provider}/${m.model}`} value={`${m.provider}/${m.model}`}>{m.model} ({m.provider})</option>)}
          </select>
        </label>}
        {(view.team || view.feature || view.model || view.provider) && (
          <button type="button" className="rounded px-2 py-1 text-slate-700 underline hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
            onClick={() => set({ team: null, feature: null, provider: null, model: null })}>
            Clear filters
          </button>
        )}
      </div>
      {issues.length > 0 && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="filter-issues">
          Some filters in the link were ignored:
          <ul className="ml-4 list-disc">
            {issues.map((i) => <li key={`${i.param}-${i.message}`}><code className="font-mono">{i.param}</code>: {i.message}</li>)}
          </ul>
        </div>
      )}
    </div>
  );
}

/** A team or feature choice: names for registered keys, the raw key marked for auto-created ones. */
function EntitySelect({ label, all, value, items, onChange }: { label: string; all: string; value: string | null; items: { key: string; name: string; registered: boolean }[]; onChange: (key: string | null) => void }) {
  return (
    <label className="flex min-w-0 max-w-full items-center gap-1 text-slate-700">
      {label}
      <select className={SELECT} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{all}</option>
        {items.map((t) => <option key={t.key} value={t.key}>{t.registered ? t.name : `${t.key} (unregistered)`}</option>)}
      </select>
    </label>
  );
}
