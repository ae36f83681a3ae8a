// The cost formula of docs/design.md §3 in integer nano-USD, with the price catalog's
// long-context tiers. Prices are nano-USD per million tokens, so every token-count
// × price product is summed exactly (BigInt) and divided by 1e6 once at the end,
// rounding half up. Pure: no catalog, no database.

/** Prices of one band: nano-USD per million tokens of each kind, and per request. */
export type BandPrices = {
  inputPerMtokNano: bigint;
  outputPerMtokNano: bigint;
  /** null: cache reads are billed as input */
  cacheReadPerMtokNano: bigint | null;
  /** null: cache writes are billed as input */
  cacheWritePerMtokNano: bigint | null;
  /** absent or null: reasoning tokens are billed as output (the usual case) */
  reasoningPerMtokNano?: bigint | null;
  perRequestNano: bigint;
};

/**
 * A long-context tier: when an event's total input tokens (cache reads and writes
 * included) exceed `aboveInputTokens`, ALL its tokens of every kind are billed at
 * `prices` — not only the tokens past the threshold. This is how the providers
 * and the catalog (@pydantic/genai-prices) define it.
 */
export type PriceTier = { aboveInputTokens: number; prices: BandPrices };

/**
 * A model's prices. The top-level fields are the base band (what a small prompt
 * pays; default tiers are derived from it). `tiers`, ascending by threshold, only
 * come from the catalog: org overrides are flat.
 */
export type UnitPrices = BandPrices & { tiers?: readonly PriceTier[] };

export type TokenUsage = {
  /** all input tokens, cache reads and writes included (OpenTelemetry convention) */
  inputTokens: number;
  /** all output tokens, reasoning included */
  outputTokens: number;
  cachedInputTokens?: number;
  cacheWriteTokens?: number;
  /** part of outputTokens; matters only for models with a separate reasoning price */
  reasoningTokens?: number;
};

const MILLION = 1_000_000n;

/** The band that applies to a prompt of `inputTokens`: the last tier whose threshold it exceeds, else the base. */
export function bandFor(prices: UnitPrices, inputTokens: number): BandPrices {
  let band: BandPrices = prices;
  for (const tier of prices.tiers ?? []) if (inputTokens > tier.aboveInputTokens) band = tier.prices;
  return band;
}

export function computeCostNano(usage: TokenUsage, prices: UnitPrices): bigint {
  const band = bandFor(prices, usage.inputTokens);
  const input = BigInt(usage.inputTokens);
  const output = BigInt(usage.outputTokens);
  const cached = BigInt(usage.cachedInputTokens ?? 0);
  const written = BigInt(usage.cacheWriteTokens ?? 0);
  // Validation keeps the parts within their totals; clamp anyway so a bad count never bills negative tokens.
  const uncached = input - cached - written > 0n ? input - cached - written : 0n;
  const reasoning = BigInt(usage.reasoningTokens ?? 0) < output ? BigInt(usage.reasoningTokens ?? 0) : output;
  const scaled =
    uncached * band.inputPerMtokNano +
    cached * (band.cacheReadPerMtokNano ?? band.inputPerMtokNano) +
    written * (band.cacheWritePerMtokNano ?? band.inputPerMtokNano) +
    (output - reasoning) * band.outputPerMtokNano +
    reasoning * (band.reasoningPerMtokNano ?? band.outputPerMtokNano);
  return (scaled + MILLION / 2n) / MILLION + band.perRequestNano;
}

/** Provider prompt-cache savings: cachedInput × (inputPrice − cacheReadPrice) at base prices, docs/design.md §5. */
export function promptCacheSavingsNano(cachedInputTokens: number, prices: UnitPrices): bigint {
  const read = prices.cacheReadPerMtokNano ?? prices.inputPerMtokNano;
  return (BigInt(cachedInputTokens) * (prices.inputPerMtokNano - read) + MILLION / 2n) / MILLION;
}
