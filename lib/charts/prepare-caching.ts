// Savings per feature for the caching panel: what the app's response cache
// avoided and what the provider's prompt cache saved, stacked, top N by total.
import type { ChartTable } from "@/components/charts/chart-frame";
import type { CachingFeature } from "@/lib/caching/schemas";
import { formatMoney } from "@/lib/format/number";
import { nanoToUsd } from "@/lib/money";

export const SAVINGS_SERIES = [
  { key: "avoided", name: "Response cache (avoided)", color: "#4e79a7" },
  { key: "prompt", name: "Prompt cache", color: "#59a14f" },
] as const;

export type SavingsDatum = { key: string; label: string; avoided: number; prompt: number; total: number };

const MAX_LABEL = 22;
const short = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

/** Features with any savings, largest total first (top `topN` drawn; every one in the table). Unknown avoided cost counts as 0 and says so. */
export function prepareSavingsBars(features: CachingFeature[], topN = 8): { bars: SavingsDatum[]; table: ChartTable } {
  const rows = features
    .map((f) => {
      const avoided = BigInt(f.avoidedCostNano ?? 0);
      const prompt = BigInt(f.promptSavingsNano);
      return { f, avoided, prompt, total: avoided + prompt };
    })
    .filter((r) => r.total > 0n || r.f.avoidedCostNano === null)
    .sort((a, b) => (a.total === b.total ? a.f.key.localeCompare(b.f.key) : a.total > b.total ? -1 : 1));
  return {
    bars: rows
      .filter((r) => r.total > 0n)
      .slice(0, topN)
      .map((r) => ({ key: r.f.key, label: short(r.f.name), avoided: nanoToUsd(r.avoided), prompt: nanoToUsd(r.prompt), total: nanoToUsd(r.total) })),
    table: {
      columns: ["Feature", "Avoided by response cache", "Saved by prompt cache", "Total"],
      rows: rows.map((r) => [r.f.name, r.f.avoidedCostNano === null ? "unknown" : formatMoney(r.avoided), formatMoney(r.prompt), formatMoney(r.total)]),
      rowKeys: rows.map((r) => r.f.key),
    },
  };
}
