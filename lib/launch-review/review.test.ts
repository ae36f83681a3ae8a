import { describe, expect, it } from "vitest";
import type { LaunchInputs } from "@/lib/launch-review/inputs";
import type { LaunchPrices, PricedModel } from "@/lib/launch-review/maths";
import { computeLaunchReview, type LaunchReview } from "@/lib/launch-review/review";
import { ceilToQuotable } from "@/lib/launch-review/suggestions";
import { describeSuggestion } from "@/lib/launch-review/describe";

const usd = (v: string) => BigInt(Math.round(Number(v) * 1e9));
const mtok = (input: string, output: string) => ({ inputPerMtokNano: usd(input), outputPerMtokNano: usd(output), cacheReadPerMtokNano: null, cacheWritePerMtokNano: null, perRequestNano: 0n });
const model = (provider: string, name: string, tier: PricedModel["tier"], input: string, output: string): PricedModel => ({ provider, model: name, tier, prices: mtok(input, output) });

// One request of 1,000 input + 500 output tokens costs:
//   gpt-4.1-mini ($0.40 / $1.60 per Mtok): 1000·0.4e-6 + 500·1.6e-6 = $0.0012
//   gpt-4.1      ($2 / $8):                1000·2e-6   + 500·8e-6   = $0.006
//   claude-sonnet-4 ($3 / $15):            1000·3e-6   + 500·15e-6  = $0.0105
const MINI = model("openai", "gpt-4.1-mini", "small", "0.4", "1.6");
const GPT41 = model("openai", "gpt-4.1", "mid", "2", "8");
const SONNET = model("anthropic", "claude-sonnet-4", "frontier", "3", "15");
const PRICES: LaunchPrices = {
  models: [MINI, GPT41, SONNET],
  tierModels: { small: MINI, mid: GPT41, frontier: SONNET },
};

const base: LaunchInputs = {
  requests: 100_000,
  inputTokens: 1000,
  outputTokens: 500,
  mix: { by: "model", models: [{ provider: "openai", model: "gpt-4.1", pct: 100 }, { provider: "openai", model: "gpt-4.1-mini", pct: 0 }] },
  cacheHitPct: 0,
  otherMonthlyUsd: "0",
  revenueModel: "per_request",
  priceUsd: "0.00624",
  users: 0,
};

function review(inputs: LaunchInputs): LaunchReview {
  const r = computeLaunchReview(inputs, PRICES);
  if ("error" in r) throw new Error(r.error);
  return r.review;
}

describe("launch review", () => {
  it("fails a 3.85% margin and solves what would pass: route 60% to gpt-4.1-mini, $0.012 a request, or a 48% cache hit rate", () => {
    const r = review(base);
    // 100,000 × $0.006 = $600 of tokens; revenue 100,000 × $0.00624 = $624; (624 − 600) / 624 = 3.846%
    expect(r).toMatchObject({ tokenCostNano: usd("600"), cogsNano: usd("600"), revenueNano: usd("624"), costPerRequestNano: 6_000_000n, marginPct: 3.85, verdict: "fail", status: "profitable", modelRequests: 100_000 });
    // per-request revenue and no fixed cost: the margin is the same at any volume
    expect(r.scale.map((s) => s.marginPct)).toEqual([3.85, 3.85, 3.85]);
    expect(r.failsAtScale).toBeNull();
    // route p% to mini: 0.0012p + 0.006(1 − p) ≤ 0.00312 ⇔ p ≥ 60% → exactly $312, 50.00%; 59% would cost $316.80 (49.23%)
    // price: 2 × $600 / 100,000 = $0.012; cache: (1 − h)·$600 ≤ $312 ⇔ h ≥ 48%
    expect(r.suggestions).toEqual([
      { kind: "route", provider: "openai", model: "gpt-4.1-mini", tier: null, sharePct: 60, marginPct: 50 },
      { kind: "price", revenueModel: "per_request", priceNano: 12_000_000n, marginPct: 50 },
      { kind: "cache", cacheHitPct: 48, marginPct: 50 },
    ]);
    expect(r.suggestions.map(describeSuggestion)).toEqual([
      "Route 60% of requests to gpt-4.1-mini",
      "Charge $0.012 per request",
      "Serve 48% of requests from your response cache",
    ]);
    // one step short of each suggestion fails
    const models = (mini: number) => ({ by: "model" as const, models: [{ provider: "openai", model: "gpt-4.1", pct: 100 - mini }, { provider: "openai", model: "gpt-4.1-mini", pct: mini }] });
    expect(review({ ...base, mix: models(59) })).toMatchObject({ tokenCostNano: usd("316.8"), marginPct: 49.23, verdict: "fail" });
    expect(review({ ...base, mix: models(60) })).toMatchObject({ tokenCostNano: usd("312"), marginPct: 50, verdict: "pass", suggestions: [] });
    expect(review({ ...base, cacheHitPct: 47 })).toMatchObject({ tokenCostNano: usd("318"), verdict: "fail" });
  });

  it("prices a tier mix with each tier's model, cache hits free, and routes to the small tier", () => {
    // 70/20/10 of $0.0012 / $0.006 / $0.0105 = $0.00309 a model request; 10% from cache → 90,000 × $0.00309 = $278.10
    const r = review({ ...base, mix: { by: "tier", small: 70, mid: 20, frontier: 10 }, cacheHitPct: 10, priceUsd: "0.005" });
    expect(r).toMatchObject({ tokenCostNano: usd("278.1"), revenueNano: usd("500"), modelRequests: 90_000, marginPct: 44.38, verdict: "fail" });
    expect(r.lines.map((l) => [l.key, l.model, l.costPerRequestNano, l.monthlyCostNano])).toEqual([
      ["small", "gpt-4.1-mini", 1_200_000n, usd("75.6")], // 63,000 × $0.0012
      ["mid", "gpt-4.1", 6_000_000n, usd("108")], // 18,000 × $0.006
      ["frontier", "claude-sonnet-4", 10_500_000n, usd("94.5")], // 9,000 × $0.0105
    ]);
    // the rest keep 2:1 (average $0.0075): 0.0012p + 0.0075(1 − p) ≤ 250 / 90,000 ⇔ p ≥ 74.96% → 75% ($249.75, 50.05%)
    // price: 2 × $278.10 / 100,000 = $0.005562 → $0.0056 ($560 revenue, 50.34%)
    // cache: (100 − h)% × 100,000 × $0.00309 ≤ $250 ⇔ h ≥ 19.09 → 20% ($247.20, 50.56%)
    expect(r.suggestions).toEqual([
      { kind: "route", provider: "openai", model: "gpt-4.1-mini", tier: "small", sharePct: 75, marginPct: 50.05 },
      { kind: "price", revenueModel: "per_request", priceNano: 5_600_000n, marginPct: 50.34 },
      { kind: "cache", cacheHitPct: 20, marginPct: 50.56 },
    ]);
    expect(describeSuggestion(r.suggestions[0])).toBe("Route 75% of requests to the small tier (gpt-4.1-mini)");
  });

  it("passes with fixed monthly revenue but flags that it fails at 100× volume", () => {
    // 10,000 × $0.0012 = $12 of tokens + $100 other = $112 against $1,000 a month
    const r = review({ ...base, requests: 10_000, mix: { by: "model", models: [{ provider: "openai", model: "gpt-4.1-mini", pct: 100 }] }, otherMonthlyUsd: "100", revenueModel: "monthly", priceUsd: "1000" });
    expect(r).toMatchObject({ tokenCostNano: usd("12"), otherCostNano: usd("100"), cogsNano: usd("112"), costPerRequestNano: 11_200_000n, marginPct: 88.8, verdict: "pass", suggestions: [] });
    // 10×: $120 + $100 → 78%; 100×: $1,200 + $100 → −30%
    expect(r.scale).toEqual([{ factor: 1, marginPct: 88.8, passes: true }, { factor: 10, marginPct: 78, passes: true }, { factor: 100, marginPct: -30, passes: false }]);
    expect(r.failsAtScale).toEqual({ factor: 100, marginPct: -30 });
  });

  it("per-user revenue: price × planned users; with no revenue only a price can pass, and no users means no price suggestion", () => {
    const perUser = { ...base, revenueModel: "per_user" as const, users: 500, priceUsd: "2" }; // $1,000 against $600
    expect(review(perUser)).toMatchObject({ revenueNano: usd("1000"), marginPct: 40, verdict: "fail" });
    // 2 × $600 / 500 users = $2.40
    expect(review(perUser).suggestions.find((s) => s.kind === "price")).toEqual({ kind: "price", revenueModel: "per_user", priceNano: usd("2.4"), marginPct: 50 });
    const free = review({ ...perUser, priceUsd: "0" });
    expect(free).toMatchObject({ revenueNano: 0n, marginPct: null, status: "no_revenue", verdict: "fail" });
    expect(free.suggestions.map((s) => s.kind)).toEqual(["price"]);
    expect(review({ ...perUser, users: 0 }).suggestions.some((s) => s.kind === "price")).toBe(false);
  });

  it("leaves out what cannot pass: routing when the cheapest model already has everything, a cache rate when fixed costs alone break the gate", () => {
    const onlyMini = review({ ...base, mix: { by: "model", models: [{ provider: "openai", model: "gpt-4.1-mini", pct: 100 }] }, priceUsd: "0.002" }); // $120 vs $200: 40%
    expect(onlyMini.suggestions.map((s) => s.kind)).toEqual(["price", "cache"]);
    // cache: (100 − h)% × $120 ≤ $100 ⇔ h ≥ 16.67 → 17%
    expect(onlyMini.suggestions[1]).toMatchObject({ cacheHitPct: 17 });
    const heavyFixed = review({ ...base, otherMonthlyUsd: "400" }); // revenue $624 < 2 × $400
    expect(heavyFixed.suggestions.map((s) => s.kind)).toEqual(["price"]);
  });

  it("reports a mix that does not add up to 100% or names a model without a price, instead of a result", () => {
    expect(computeLaunchReview({ ...base, mix: { by: "tier", small: 70, mid: 20, frontier: 5 } }, PRICES)).toEqual({ error: "the model mix adds up to 95%; it must add up to 100%" });
    expect(computeLaunchReview({ ...base, mix: { by: "model", models: [{ provider: "acme", model: "secret-llm", pct: 100 }] } }, PRICES)).toEqual({
      error: "acme/secret-llm has no price: add one under Settings → Prices or choose another model",
    });
  });
});

describe("quotable prices", () => {
  it("round up to cents from $1, else to 2 significant digits", () => {
    expect([5_562_000n, 12_000_000n, 12_000_001n, 556_200_000n, usd("5562.371"), 7n, 0n].map(ceilToQuotable)).toEqual([
      5_600_000n, 12_000_000n, 13_000_000n, 560_000_000n, usd("5562.38"), 7n, 0n,
    ]);
  });
});
