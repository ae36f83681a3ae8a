import { describe, expect, it } from "vitest";
import { bandFor, computeCostNano, promptCacheSavingsNano, type BandPrices, type UnitPrices } from "@/lib/pricing/cost";
import { catalogPrice } from "@/lib/pricing/catalog";
import { defaultTier } from "@/lib/pricing/tiers";

const price = (model: string, provider?: string): UnitPrices => {
  const p = catalogPrice(model, provider);
  if (!p) throw new Error(`no catalog price for ${model}`);
  return p.prices;
};

describe("computeCostNano (hand-computed)", () => {
  it("gpt-4o-mini with cached input: 800×$0.15 + 200×$0.075 + 500×$0.60 per Mtok = $0.000435", () => {
    expect(computeCostNano({ inputTokens: 1000, cachedInputTokens: 200, outputTokens: 500 }, price("gpt-4o-mini"))).toBe(435_000n);
  });

  it("claude-sonnet-4 with cache reads and writes: 5000×3 + 2000×0.3 + 3000×3.75 + 1000×15 µ$ = $0.04185", () => {
    const usage = { inputTokens: 10_000, cachedInputTokens: 2_000, cacheWriteTokens: 3_000, outputTokens: 1_000 };
    expect(computeCostNano(usage, price("claude-sonnet-4-20250514", "anthropic"))).toBe(41_850_000n);
  });

  it("o4-mini bills reasoning tokens as output: 2000×$1.10 + 3000×$4.40 per Mtok = $0.0154", () => {
    expect(computeCostNano({ inputTokens: 2_000, outputTokens: 3_000 }, price("o4-mini"))).toBe(15_400_000n);
  });

  it("rounds half up once, at the end", () => {
    const p: UnitPrices = { inputPerMtokNano: 1n, outputPerMtokNano: 0n, cacheReadPerMtokNano: null, cacheWritePerMtokNano: null, perRequestNano: 0n };
    expect(computeCostNano({ inputTokens: 500_000, outputTokens: 0 }, p)).toBe(1n);
    expect(computeCostNano({ inputTokens: 499_999, outputTokens: 0 }, p)).toBe(0n);
  });

  it("adds a per-request price and bills cache tokens as input when the model has no cache prices", () => {
    const p: UnitPrices = { inputPerMtokNano: 1_000_000_000n, outputPerMtokNano: 2_000_000_000n, cacheReadPerMtokNano: null, cacheWritePerMtokNano: null, perRequestNano: 7n };
    expect(computeCostNano({ inputTokens: 100, cachedInputTokens: 40, outputTokens: 10 }, p)).toBe(100_000n + 20_000n + 7n);
  });

  it("never bills negative uncached input when cache counts exceed the input", () => {
    const p = price("gpt-4o-mini");
    expect(computeCostNano({ inputTokens: 10, cachedInputTokens: 20, outputTokens: 0 }, p)).toBe(1_500n);
  });

  it("prompt-cache savings = cached × (input − cache read)", () => {
    expect(promptCacheSavingsNano(1_000_000, price("gpt-4o"))).toBe(1_250_000_000n);
  });
});

describe("long-context tiers, reasoning and per-request prices (hand-computed)", () => {
  it("gemini-2.5-pro past 200k prompt tokens bills ALL tokens at the tier: 300000×$2.50 + 2000×$15 per Mtok = $0.78 (base would be $0.395)", () => {
    expect(computeCostNano({ inputTokens: 300_000, outputTokens: 2_000 }, price("gemini-2.5-pro", "google"))).toBe(780_000_000n);
  });

  it("gemini-2.5-pro: 200,000 prompt tokens is still base, 200,001 is the tier (the threshold is exclusive)", () => {
    const p = price("gemini-2.5-pro", "google");
    expect(computeCostNano({ inputTokens: 200_000, outputTokens: 1_000 }, p)).toBe(260_000_000n); // 200000×1.25 + 1000×10 µ$
    expect(computeCostNano({ inputTokens: 200_001, outputTokens: 1_000 }, p)).toBe(515_002_500n); // 200001×2.50 + 1000×15 µ$
  });

  it("claude-sonnet-4-5 tier counts cache reads and writes in the prompt and prices them at the tier too", () => {
    // 250k prompt = 100k uncached + 100k cache read + 50k cache write: 100000×6 + 100000×0.60 + 50000×7.50 + 1000×22.50 µ$
    const usage = { inputTokens: 250_000, cachedInputTokens: 100_000, cacheWriteTokens: 50_000, outputTokens: 1_000 };
    expect(computeCostNano(usage, price("claude-sonnet-4-5", "anthropic"))).toBe(1_057_500_000n);
  });

  it("sonar-deep-research bills reasoning at its own price: 2000×$2 + 500×$8 + 2500×$3 per Mtok = $0.0155", () => {
    const usage = { inputTokens: 2_000, outputTokens: 3_000, reasoningTokens: 2_500 };
    expect(computeCostNano(usage, price("sonar-deep-research", "perplexity"))).toBe(15_500_000n);
  });

  it("sonar adds its per-request price ($12 per 1000 requests): 1000×$1 + 200×$1 per Mtok + $0.012", () => {
    expect(computeCostNano({ inputTokens: 1_000, outputTokens: 200 }, price("sonar", "perplexity"))).toBe(13_200_000n);
  });

  it("with several tiers the last one the prompt exceeds applies, per band", () => {
    const band = (input: bigint, perRequest = 0n): BandPrices => ({ inputPerMtokNano: input, outputPerMtokNano: 2n * input, cacheReadPerMtokNano: null, cacheWritePerMtokNano: null, perRequestNano: perRequest });
    const p: UnitPrices = { ...band(1_000n), tiers: [{ aboveInputTokens: 100, prices: band(2_000n) }, { aboveInputTokens: 1_000, prices: band(5_000n, 7n) }] };
    expect(bandFor(p, 100).inputPerMtokNano).toBe(1_000n);
    expect(bandFor(p, 101).inputPerMtokNano).toBe(2_000n);
    expect(bandFor(p, 1_001).inputPerMtokNano).toBe(5_000n);
    // 2000 in × 5000 + 1000 out × 10000 = 20,000,000 → 20 nano, + 7 per request
    expect(computeCostNano({ inputTokens: 2_000, outputTokens: 1_000 }, p)).toBe(27n);
  });

  it("a reasoning count above the output count never bills negative output", () => {
    const p: UnitPrices = { inputPerMtokNano: 0n, outputPerMtokNano: 1_000_000n, reasoningPerMtokNano: 3_000_000n, cacheReadPerMtokNano: null, cacheWritePerMtokNano: null, perRequestNano: 0n };
    expect(computeCostNano({ inputTokens: 0, outputTokens: 10, reasoningTokens: 50 }, p)).toBe(30n); // clamped to 10 reasoning tokens
  });

  it("the default tier comes from base prices, not long-context tiers (gemini-2.5-pro: blended $3.44 → mid)", () => {
    expect(defaultTier(price("gemini-2.5-pro", "google"))).toBe("mid");
  });
});

describe("catalog and tiers", () => {
  it("reads catalog prices as nano-USD per Mtok", () => {
    const p = catalogPrice("claude-opus-4-1-20250805", "anthropic");
    expect(p?.provider).toBe("anthropic");
    expect(p?.prices).toMatchObject({ inputPerMtokNano: 15_000_000_000n, outputPerMtokNano: 75_000_000_000n, cacheReadPerMtokNano: 1_500_000_000n, cacheWritePerMtokNano: 18_750_000_000n });
  });

  it("infers the provider from the model name", () => {
    expect(catalogPrice("gemini-2.0-flash")?.provider).toBe("google");
  });

  it("returns null for an unknown model", () => {
    expect(catalogPrice("llama-3.1-70b-internal", "self-hosted")).toBeNull();
  });

  it("assigns default tiers from blended price bands", () => {
    expect(defaultTier(price("gpt-4o-mini"))).toBe("small");
    expect(defaultTier(price("gemini-2.0-flash"))).toBe("small");
    expect(defaultTier(price("gpt-4o"))).toBe("mid");
    expect(defaultTier(price("claude-sonnet-4-20250514", "anthropic"))).toBe("frontier");
    expect(defaultTier(price("claude-opus-4-1-20250805", "anthropic"))).toBe("frontier");
  });
});

describe("hand-computed costs for real catalog models (USD per Mtok → nano-USD)", () => {
  // [model, provider, usage, expected nano-USD, the arithmetic]
  const cases: [string, string | undefined, Parameters<typeof computeCostNano>[0], bigint, string][] = [
    ["gpt-4o", "openai", { inputTokens: 2_000, cachedInputTokens: 1_000, outputTokens: 500 }, 8_750_000n, "1000×2.50 + 1000×1.25 + 500×10 = 8750 µ$"],
    ["gpt-4.1-nano", "openai", { inputTokens: 10_000, outputTokens: 1_000 }, 1_400_000n, "10000×0.10 + 1000×0.40 = 1400 µ$"],
    ["gpt-4.1", "openai", { inputTokens: 4_000, cachedInputTokens: 3_000, outputTokens: 200 }, 5_100_000n, "1000×2 + 3000×0.50 + 200×8 = 5100 µ$"],
    ["o4-mini", "openai", { inputTokens: 1_000, outputTokens: 5_000 }, 23_100_000n, "1000×1.10 + 5000×4.40 (reasoning included) = 23100 µ$"],
    ["claude-3-5-haiku-20241022", "anthropic", { inputTokens: 5_000, cacheWriteTokens: 4_000, outputTokens: 100 }, 5_200_000n, "1000×0.80 + 4000×1.00 + 100×4 = 5200 µ$"],
    ["claude-opus-4-1-20250805", "anthropic", { inputTokens: 1_000, cachedInputTokens: 800, outputTokens: 100 }, 11_700_000n, "200×15 + 800×1.50 + 100×75 = 11700 µ$"],
    ["gemini-2.0-flash", "google", { inputTokens: 100_000, cachedInputTokens: 40_000, outputTokens: 2_000 }, 7_800_000n, "60000×0.10 + 40000×0.025 + 2000×0.40 = 7800 µ$"],
    ["mistral-small-latest", "mistral", { inputTokens: 3_000, outputTokens: 3_000 }, 1_200_000n, "3000×0.10 + 3000×0.30 = 1200 µ$"],
    ["gpt-5-mini", "openai", { inputTokens: 8_000, cachedInputTokens: 8_000, outputTokens: 0 }, 200_000n, "8000×0.025 = 200 µ$"],
  ];
  for (const [model, provider, usage, expected, why] of cases) {
    it(`${model}: ${why}`, () => {
      expect(computeCostNano(usage, price(model, provider))).toBe(expected);
    });
  }
});
