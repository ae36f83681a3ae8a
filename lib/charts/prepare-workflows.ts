// Chart data of the workflows page: per feature, the average workflow's cost beside
// the average single call's (one scale for every bar, so the gap is the multiplier
// you see), and one trace's steps as cost bars against its dearest step.
import type { ChartTable } from "@/components/charts/chart-frame";
import { formatMoney } from "@/lib/format/number";
import { nanoToUsd, toNano } from "@/lib/money";
import type { WorkflowFeature, Workflows, WorkflowStep } from "@/lib/workflows/schemas";

export const WORKFLOW_COLOR = "#4f46e5";
export const SINGLE_CALL_COLOR = "#94a3b8";

/** "5.0×", or "–" without a multiplier. */
export const formatMultiplier = (x: number | null) => (x === null ? "–" : `${x >= 100 ? Math.round(x).toLocaleString("en-US") : x.toFixed(1)}×`);

export type PairedBar = { key: string; label: string; workflowPct: number; singlePct: number | null; workflowText: string; singleText: string; multiplierText: string };

export const ALL_FEATURES_KEY = "__all";

/**
 * "All features" (the view's figures: a feature whose requests are all workflows
 * still has the org's single call to compare with), then the `topN` features with
 * workflows, dearest workflow first; bars in percent of the largest value.
 */
export function prepareWorkflowVsSingle(data: Pick<Workflows, "byFeature" | "workflows" | "avgSteps" | "avgCostNano" | "singleCallCostNano" | "multiplierOverSingleCall">, topN = 8): { bars: PairedBar[]; table: ChartTable } {
  const features = data.byFeature
    .filter((f) => f.workflows > 0 && f.avgCostNano !== null)
    .sort((a, b) => {
      const d = toNano(b.avgCostNano!) - toNano(a.avgCostNano!);
      return d === 0n ? a.key.localeCompare(b.key) : d > 0n ? 1 : -1;
    })
    .slice(0, topN);
  const all: WorkflowFeature = { key: ALL_FEATURES_KEY, name: "All features", ...data };
  const rows = features.length ? [all, ...features] : [];
  const max = Math.max(0, ...rows.flatMap((f) => [nanoToUsd(f.avgCostNano!), f.singleCallCostNano === null ? 0 : nanoToUsd(f.singleCallCostNano)]));
  const pct = (nano: string) => (max === 0 ? 0 : Math.round((nanoToUsd(nano) / max) * 1000) / 10);
  const bars = rows.map((f) => ({
    key: f.key,
    label: f.name,
    workflowPct: pct(f.avgCostNano!),
    singlePct: f.singleCallCostNano === null ? null : pct(f.singleCallCostNano),
    workflowText: formatMoney(f.avgCostNano!),
    singleText: f.singleCallCostNano === null ? "no single calls" : formatMoney(f.singleCallCostNano),
    multiplierText: formatMultiplier(f.multiplierOverSingleCall),
  }));
  const table: ChartTable = {
    columns: ["Feature", "Workflows", "Avg steps", "Cost per workflow", "Cost per single call", "Multiplier"],
    rows: rows.map((f, i) => [f.name, f.workflows, f.avgSteps ?? "–", bars[i].workflowText, bars[i].singleText, bars[i].multiplierText]),
    rowKeys: rows.map((f) => f.key),
  };
  return { bars, table };
}

/** Each step's cost as a share (percent) of the trace's dearest listed step, and its start after the trace's. */
export function prepareStepBars(steps: WorkflowStep[], startTs: string): { costPct: number; offsetMs: number }[] {
  const max = steps.reduce((m, s) => (toNano(s.costNano) > m ? toNano(s.costNano) : m), 0n);
  const start = Date.parse(startTs);
  return steps.map((s) => ({ costPct: max === 0n ? 0 : Number((toNano(s.costNano) * 1000n) / max) / 10, offsetMs: Date.parse(s.ts) - start }));
}

/** "850 ms", "4.2 s", "3 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const min = Math.floor(ms / 60_000);
  return `${min} min ${Math.round((ms % 60_000) / 1000)} s`;
}
