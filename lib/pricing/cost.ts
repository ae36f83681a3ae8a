// The cost formula of DESIGN.md §3 in integer nano-USD.
// Prices are nano-USD per million tokens, so a token-count × price product is
// divided by 1e6 once at the end, rounding half up.

export type UnitPrices = {
  inputPerMtokNano: bigint;
  outputPerMtokNano: bigint;
  /** null: cache reads are billed as input */
  cacheReadPerMtokNano: bigint | null;
  /** null: cache writes are billed as input */
  cacheWritePerMtokNano: bigint | null;
  perRequestNano: bigint;
};

export type TokenUsage = {
  /** all input tokens, cache reads and writes included (OpenTelemetry convention) */
  inputTokens: number;
  /** all output tokens, reasoning included */
  outputTokens: number;
  cachedInputTokens?: number;
  cacheWriteTokens?: number;
};

const MILLION = 1_000_000n;

export function computeCostNano(usage: TokenUsage, prices: UnitPrices): bigint {
  const cached = BigInt(usage.cachedInputTokens ?? 0);
  const written = BigInt(usage.cacheWriteTokens ?? 0);
  let uncached = BigInt(usage.inputTokens) - cached - written;
  if (uncached < 0n) uncached = 0n;
  const cacheRead = prices.cacheReadPerMtokNano ?? prices.inputPerMtokNano;
  const cacheWrite = prices.cacheWritePerMtokNano ?? prices.inputPerMtokNano;
  const scaled =
    uncached * prices.inputPerMtokNano +
    cached * cacheRead +
    written * cacheWrite +
    BigInt(usage.outputTokens) * prices.outputPerMtokNano;
  return (scaled + MILLION / 2n) / MILLION + prices.perRequestNano;
}

/** Provider prompt-cache savings: cachedInput × (inputPrice − cacheReadPrice), DESIGN.md §5. */
export function promptCacheSavingsNano(cachedInputTokens: number, prices: UnitPrices): bigint {
  const read = prices.cacheReadPerMtokNano ?? prices.inputPerMtokNano;
  return (BigInt(cachedInputTokens) * (prices.inputPerMtokNano - read) + MILLION / 2n) / MILLION;
}
