// The cost formula of lib/pricing/cost.ts as a SQL expression, for repricing
// stored events set-wise with an org's flat override prices (no tiers, reasoning
// billed as output). The integration tests check both give the same nano-USD.
//
// Computed in numeric: a token count × a nano-USD price overflows int8 long before
// the result does (1e9 tokens × $1,000/Mtok = 1e21). div() truncates, which on these
// non-negative sums is floor, so `div(x + 500000, 1000000)` rounds half up exactly like
// the BigInt formula. The result is bounded by lib/pricing/limits.ts (≤ $10M per
// validated event; even an event stored before those limits, with up to 1e12 tokens
// per field, stays ≤ 2e18 nano at the largest override price), so ::int8 is safe.

/** `e` is the events alias; `p` a row with input/output/cache_read/cache_write/per_request nano prices. */
export const COST_SQL = `(
  div( greatest(e.input_tokens - e.cached_input_tokens - e.cache_write_tokens, 0)::numeric * p.input
     + e.cached_input_tokens::numeric * coalesce(p.cache_read, p.input)
     + e.cache_write_tokens::numeric * coalesce(p.cache_write, p.input)
     + e.output_tokens::numeric * p.output
     + 500000, 1000000)
  + coalesce(p.per_request, 0)
)::int8`;
