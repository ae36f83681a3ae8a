// The cost formula of lib/pricing/cost.ts as a SQL expression, for repricing
// stored events set-wise. The integration test checks both give the same nano-USD.

/** `e` is the events alias; `p` a row with input/output/cache_read/cache_write/per_request nano prices. */
export const COST_SQL = `(
  ( greatest(e.input_tokens - e.cached_input_tokens - e.cache_write_tokens, 0) * p.input
  + e.cached_input_tokens * coalesce(p.cache_read, p.input)
  + e.cache_write_tokens * coalesce(p.cache_write, p.input)
  + e.output_tokens * p.output
  + 500000 ) / 1000000 + coalesce(p.per_request, 0)
)::int8`;
