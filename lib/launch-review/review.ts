// A whole launch review: the figures of lib/launch-review/maths.ts, margin at
// 10× and 100× volume (lib/pnl/maths projectMargin: token cost scales, fixed
// costs do not, revenue scales unless fixed per month), the verdict against the
// healthy-margin gate, and what would pass it. Pure and client-safe.
import { usdToNano } from "@/lib/money";
import { pnlStatus, projectMargin, type PnlParts, type PnlStatus } from "@/lib/pnl/maths";
import type { LaunchInputs } from "@/lib/launch-review/inputs";
import { byShare, divRound, figuresFor, mixLines, type LaunchPrices, type MixLine } from "@/lib/launch-review/maths";
import { solveSuggestions, type Suggestion } from "@/lib/launch-review/suggestions";

export type LaunchReview = {
  lines: (MixLine & { monthlyCostNano: bigint })[];
  /** requests that reach a model (the rest are served from the app's cache) */
  modelRequests: number;
  tokenCostNano: bigint;
  otherCostNano: bigint;
  cogsNano: bigint;
  revenueNano: bigint;
  /** COGS / planned requests (cache hits included), rounded half up */
  costPerRequestNano: bigint;
  marginPct: number | null;
  status: PnlStatus;
  scale: { factor: 1 | 10 | 100; marginPct: number | null; passes: boolean }[];
  verdict: "pass" | "fail";
  /** passes today but not at 10× or 100× volume (fixed revenue, scaling cost): the first factor that fails */
  failsAtScale: { factor: 10 | 100; marginPct: number | null } | null;
  suggestions: Suggestion[];
};

/** The whole review of `inputs` at `prices`, or why it cannot be computed. */
export function computeLaunchReview(inputs: LaunchInputs, prices: LaunchPrices): { review: LaunchReview } | { error: string } {
  const mix = mixLines(inputs, prices);
  if ("error" in mix) return mix;
  const f = figuresFor(inputs, byShare(mix.lines));
  const otherCostNano = usdToNano(inputs.otherMonthlyUsd);
  const parts: PnlParts = { tokenCostNano: f.tokenCostNano, otherCostNano, revenueNano: f.revenueNano, revenueModel: inputs.revenueModel };
  const scale = ([1, 10, 100] as const).map((factor) => {
    const m = factor === 1 ? f.marginPct : projectMargin(parts, BigInt(factor));
    return { factor, marginPct: m, passes: pnlStatus(m) === "healthy" };
  });
  const failing = scale.find((s) => s.factor > 1 && !s.passes);
  const modelRequestsTimes100 = BigInt(inputs.requests) * BigInt(100 - inputs.cacheHitPct);
  const lines = mix.lines.map((l) => ({
    ...l,
    monthlyCostNano: divRound(modelRequestsTimes100 * BigInt(l.pct) * l.costPerRequestNano, 10_000n),
  }));
  return {
    review: {
      lines,
      modelRequests: Number(divRound(modelRequestsTimes100, 100n)),
      tokenCostNano: f.tokenCostNano,
      otherCostNano,
      cogsNano: f.cogsNano,
      revenueNano: f.revenueNano,
      costPerRequestNano: divRound(f.cogsNano, BigInt(inputs.requests)),
      marginPct: f.marginPct,
      status: pnlStatus(f.marginPct),
      scale,
      verdict: f.passes ? "pass" : "fail",
      failsAtScale: f.passes && failing ? { factor: failing.factor as 10 | 100, marginPct: failing.marginPct } : null,
      suggestions: f.passes ? [] : solveSuggestions(inputs, mix.lines),
    },
  };
}

