// Launch review maths (docs/design.md §4), pure and client-safe: planned volume ×
// model mix × the ingest cost formula → one scenario's monthly COGS, revenue and
// contribution margin (review.ts adds the scale projection, verdict and what
// would pass). Money is integer nano-USD; each model's cost per request is
// computeCostNano (lib/pricing/cost.ts), and the month's token cost is that × the
// requests the model serves, summed exactly and rounded once.
import { usdToNano } from "@/lib/money";
import { computeCostNano, type UnitPrices } from "@/lib/pricing/cost";
import { TIERS, type Tier } from "@/lib/pricing/tiers";
import { marginPct, pnlStatus } from "@/lib/pnl/maths";
import { mixProblem, type LaunchInputs } from "@/lib/launch-review/inputs";

/** A model the calculator can price: the org's override or the catalog, with its tier. */
export type PricedModel = { provider: string; model: string; tier: Tier; prices: UnitPrices };
/** Which model stands for each tier in a tier mix. */
export type TierModels = Record<Tier, { provider: string; model: string }>;
export type LaunchPrices = { models: PricedModel[]; tierModels: TierModels };

/** One part of the mix: its share of the requests not served from cache, and one request's cost on it. */
export type MixLine = { key: string; provider: string; model: string; tier: Tier | null; pct: number; costPerRequestNano: bigint };

/** The mix as cost lines, or why it cannot be priced. */
export function mixLines(inputs: LaunchInputs, prices: LaunchPrices): { lines: MixLine[] } | { error: string } {
  const problem = mixProblem(inputs.mix);
  if (problem) return { error: problem };
  const find = (provider: string, model: string) => prices.models.find((m) => m.provider === provider && m.model === model);
  const wanted =
    inputs.mix.by === "tier"
      ? TIERS.map((t) => ({ ...prices.tierModels[t], tier: t as Tier | null, pct: (inputs.mix as Record<Tier, number>)[t] }))
      : inputs.mix.models.map((m) => ({ ...m, tier: null }));
  const lines: MixLine[] = [];
  for (const w of wanted) {
    const priced = find(w.provider, w.model);
    if (!priced) return { error: `${w.provider}/${w.model} has no price: add one under Settings → Prices or choose another model` };
    const costPerRequestNano = computeCostNano({ inputTokens: inputs.inputTokens, outputTokens: inputs.outputTokens }, priced.prices);
    lines.push({ key: w.tier ?? `${w.provider}/${w.model}`, provider: w.provider, model: w.model, tier: w.tier ?? priced.tier, pct: w.pct, costPerRequestNano });
  }
  return { lines };
}

export const divRound = (n: bigint, d: bigint) => (2n * n + d) / (2n * d); // half up, n ≥ 0, d > 0

/**
 * A month's token cost: requests × (1 − cache hit rate) × Σ weightᵢ·costᵢ / Σ weightᵢ,
 * exact until one final rounding. Cache hits (the app's own response cache) cost nothing.
 */
export function monthlyTokenCostNano(requests: number, cacheHitPct: number, weighted: Weighted[]): bigint {
  const total = weighted.reduce((s, w) => s + w.weight, 0n);
  if (total === 0n) return 0n;
  const sum = weighted.reduce((s, w) => s + w.weight * w.costPerRequestNano, 0n);
  return divRound(BigInt(requests) * BigInt(100 - cacheHitPct) * sum, 100n * total);
}

/** Monthly revenue: a fixed amount, price × requests, or price × planned active users. */
export function monthlyRevenueNano(inputs: Pick<LaunchInputs, "revenueModel" | "priceUsd" | "requests" | "users">): bigint {
  const price = usdToNano(inputs.priceUsd);
  if (inputs.revenueModel === "per_request") return price * BigInt(inputs.requests);
  if (inputs.revenueModel === "per_user") return price * BigInt(inputs.users);
  return price;
}

export type Weighted = { weight: bigint; costPerRequestNano: bigint };
export type Figures = { tokenCostNano: bigint; cogsNano: bigint; revenueNano: bigint; marginPct: number | null; passes: boolean };

/** The mix lines weighted by their shares. */
export const byShare = (lines: MixLine[]): Weighted[] => lines.map((l) => ({ weight: BigInt(l.pct), costPerRequestNano: l.costPerRequestNano }));

/** COGS, revenue and margin of a scenario; `passes` is the ≥ 50% gate (pnlStatus "healthy"). */
export function figuresFor(inputs: LaunchInputs, weighted: Weighted[]): Figures {
  const tokenCostNano = monthlyTokenCostNano(inputs.requests, inputs.cacheHitPct, weighted);
  const cogsNano = tokenCostNano + usdToNano(inputs.otherMonthlyUsd);
  const revenueNano = monthlyRevenueNano(inputs);
  const margin = marginPct(revenueNano, cogsNano);
  return { tokenCostNano, cogsNano, revenueNano, marginPct: margin, passes: pnlStatus(margin) === "healthy" };
}
