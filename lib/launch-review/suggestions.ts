// What would make a failing launch pass the healthy-margin gate (margin ≥ 50%,
// i.e. 2 × COGS ≤ revenue), each solved exactly: the smallest whole percentage of
// traffic routed to the cheapest model of the mix, the smallest price (rounded up
// to a quotable one), the smallest whole cache hit rate. The
// closed form gives the candidate; the same figures as the review then confirm it
// (the total is rounded once, and the margin to 2 decimals), so a suggestion
// always passes and one step less never does. Pure and client-safe.
import { NANO_PER_USD, nanoToUsdString, usdToNano } from "@/lib/money";
import type { Tier } from "@/lib/pricing/tiers";
import type { RevenueModel } from "@/lib/pnl/maths";
import type { LaunchInputs } from "@/lib/launch-review/inputs";
import { byShare, figuresFor, type MixLine, type Weighted } from "@/lib/launch-review/maths";

export type Suggestion =
  | { kind: "route"; provider: string; model: string; tier: Tier | null; sharePct: number; marginPct: number | null }
  | { kind: "price"; revenueModel: RevenueModel; priceNano: bigint; marginPct: number | null }
  | { kind: "cache"; cacheHitPct: number; marginPct: number | null };

const ceilDiv = (n: bigint, d: bigint) => (n <= 0n ? -(-n / d) : (n + d - 1n) / d);

/** Round a price up to something a person would quote: cents from $1, else 2 significant digits ($0.0056, $0.012). */
export function ceilToQuotable(nano: bigint): bigint {
  if (nano <= 0n) return 0n;
  const step = nano >= NANO_PER_USD ? 10_000_000n : 10n ** BigInt(Math.max(0, nano.toString().length - 2));
  return ceilDiv(nano, step) * step;
}

/** The smallest integer in (from, 100] at which `passes` holds, starting the search at `guess`; null when none. */
function smallestPassing(from: number, guess: number, passes: (x: number) => boolean): number | null {
  let x = Math.min(101, Math.max(from + 1, guess));
  while (x <= 100 && !passes(x)) x++;
  if (x > 100) return null;
  while (x - 1 > from && passes(x - 1)) x--;
  return x;
}

/** Route traffic to the cheapest model of the mix; the other models keep their relative shares. */
function routeSuggestion(inputs: LaunchInputs, lines: MixLine[], revenue: bigint, other: bigint): Suggestion | null {
  const cheapest = lines.reduce((a, b) => (b.costPerRequestNano < a.costPerRequestNano ? b : a));
  const rest = lines.filter((l) => l !== cheapest);
  const sRest = BigInt(rest.reduce((s, l) => s + l.pct, 0));
  const wRest = rest.reduce((s, l) => s + BigInt(l.pct) * l.costPerRequestNano, 0n);
  const a = BigInt(inputs.requests) * BigInt(100 - inputs.cacheHitPct);
  const gain = wRest - sRest * cheapest.costPerRequestNano; // per percentage point moved, × sRest
  const budget = revenue - 2n * other; // 2 × token cost must fit in this
  if (sRest === 0n || gain <= 0n || a === 0n || budget <= 0n) return null;
  // 2·A·(p·sRest·c + (100 − p)·wRest) ≤ budget·10⁴·sRest  ⇔  p ≥ (200·A·wRest − budget·10⁴·sRest) / (2·A·gain)
  const guess = Number(ceilDiv(200n * a * wRest - budget * 10_000n * sRest, 2n * a * gain));
  const weights = (p: number): Weighted[] => [
    { weight: BigInt(p) * sRest, costPerRequestNano: cheapest.costPerRequestNano },
    ...rest.map((l) => ({ weight: BigInt(100 - p) * BigInt(l.pct), costPerRequestNano: l.costPerRequestNano })),
  ];
  const p = smallestPassing(cheapest.pct, guess, (x) => figuresFor(inputs, weights(x)).passes);
  if (p === null) return null;
  const tier = inputs.mix.by === "tier" ? cheapest.tier : null;
  return { kind: "route", provider: cheapest.provider, model: cheapest.model, tier, sharePct: p, marginPct: figuresFor(inputs, weights(p)).marginPct };
}

/** The price at which revenue is twice today's COGS, in the review's revenue model. */
function priceSuggestion(inputs: LaunchInputs, lines: MixLine[], cogs: bigint): Suggestion | null {
  const units = inputs.revenueModel === "per_request" ? BigInt(inputs.requests) : inputs.revenueModel === "per_user" ? BigInt(inputs.users) : 1n;
  if (units === 0n) return null;
  const priceNano = ceilToQuotable(ceilDiv(2n * cogs, units)) || 10_000_000n; // no cost at all: any price passes, say a cent
  const f = figuresFor({ ...inputs, priceUsd: nanoToUsdString(priceNano) }, byShare(lines));
  return f.passes ? { kind: "price", revenueModel: inputs.revenueModel, priceNano, marginPct: f.marginPct } : null;
}

/** The share of requests the app's own response cache must serve (token cost falls with it; revenue does not). */
function cacheSuggestion(inputs: LaunchInputs, lines: MixLine[], revenue: bigint, other: bigint): Suggestion | null {
  const perPctMix = lines.reduce((s, l) => s + BigInt(l.pct) * l.costPerRequestNano, 0n); // Σ shareᵢ·costᵢ
  const budget = revenue - 2n * other;
  if (perPctMix === 0n || budget < 0n) return null;
  // 2·requests·(100 − h)·Σ/10⁴ ≤ budget  ⇔  h ≥ 100 − budget·10⁴ / (2·requests·Σ)
  const guess = 100 - Number(budget * 10_000n / (2n * BigInt(inputs.requests) * perPctMix));
  const at = (h: number) => figuresFor({ ...inputs, cacheHitPct: h }, byShare(lines));
  const h = smallestPassing(inputs.cacheHitPct, guess, (x) => at(x).passes);
  return h === null ? null : { kind: "cache", cacheHitPct: h, marginPct: at(h).marginPct };
}

/** Every change on its own that would pass the gate (those that cannot are left out). */
export function solveSuggestions(inputs: LaunchInputs, lines: MixLine[]): Suggestion[] {
  const now = figuresFor(inputs, byShare(lines));
  const other = usdToNano(inputs.otherMonthlyUsd);
  return [routeSuggestion(inputs, lines, now.revenueNano, other), priceSuggestion(inputs, lines, now.cogsNano), cacheSuggestion(inputs, lines, now.revenueNano, other)].filter(
    (s): s is Suggestion => s !== null,
  );
}
