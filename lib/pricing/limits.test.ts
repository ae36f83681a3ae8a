import { describe, expect, it } from "vitest";
import { usdToNano } from "@/lib/money";
import { computeCostNano, type UnitPrices } from "@/lib/pricing/cost";
import { MAX_EVENT_COST_NANO, MAX_EVENT_COST_USD, MAX_EVENT_TOKENS, MAX_PER_REQUEST_NANO, MAX_PRICE_PER_MTOK_NANO } from "@/lib/pricing/limits";
import { createPriceOverrideSchema } from "@/lib/pricing/schemas";

const INT8_MAX = 9_223_372_036_854_775_807n;

describe("per-event money limits", () => {
  it("the dearest possible computed event stays within MAX_EVENT_COST: 2e9 tokens × $1,000/Mtok + $1,000 = $2,001,000", () => {
    const max: UnitPrices = {
      inputPerMtokNano: MAX_PRICE_PER_MTOK_NANO,
      outputPerMtokNano: MAX_PRICE_PER_MTOK_NANO,
      cacheReadPerMtokNano: MAX_PRICE_PER_MTOK_NANO,
      cacheWritePerMtokNano: MAX_PRICE_PER_MTOK_NANO,
      reasoningPerMtokNano: MAX_PRICE_PER_MTOK_NANO,
      perRequestNano: MAX_PER_REQUEST_NANO,
    };
    // Every total at its maximum. Validation keeps the parts within their totals
    // (cached + cache write <= input, reasoning <= output), so no event bills more tokens.
    const usage = { inputTokens: MAX_EVENT_TOKENS, outputTokens: MAX_EVENT_TOKENS, cachedInputTokens: MAX_EVENT_TOKENS / 2, cacheWriteTokens: MAX_EVENT_TOKENS / 2, reasoningTokens: MAX_EVENT_TOKENS };
    const worst = computeCostNano(usage, max);
    expect(worst).toBe(2_001_000_000_000_000n);
    expect(worst).toBeLessThanOrEqual(MAX_EVENT_COST_NANO);
  });

  it("the largest reported cost converts exactly and int8 holds it 922 times", () => {
    expect(usdToNano(MAX_EVENT_COST_USD)).toBe(MAX_EVENT_COST_NANO);
    expect(INT8_MAX / MAX_EVENT_COST_NANO).toBe(922n);
  });
});

describe("price override bounds", () => {
  const base = { provider: "acme", model: "m", effectiveFrom: "2026-01-01", inputPerMtokUsd: "1", outputPerMtokUsd: "2" };
  const field = (over: Record<string, string>) => createPriceOverrideSchema.safeParse({ ...base, ...over }).error?.issues.map((i) => i.path.join("."));

  it("accepts prices up to the limits", () => {
    expect(field({ inputPerMtokUsd: "1000", cacheWritePerMtokUsd: "1000.000000000", perRequestUsd: "1000" })).toBeUndefined();
  });

  it("rejects a price above the limits, naming the field (a huge price used to overflow int8 and fail with 500)", () => {
    expect(field({ outputPerMtokUsd: "1000.000000001" })).toEqual(["outputPerMtokUsd"]);
    expect(field({ cacheReadPerMtokUsd: "99999999999999999999" })).toEqual(["cacheReadPerMtokUsd"]);
    expect(field({ perRequestUsd: "1001" })).toEqual(["perRequestUsd"]);
  });

  it("still reports a malformed amount once, as malformed", () => {
    expect(field({ inputPerMtokUsd: "1,5" })).toEqual(["inputPerMtokUsd"]);
  });
});
