// Bounds on what one event can carry, so its cost always fits the int8 columns
// (max 9.22e18 nano-USD = $9.2 billion) with a wide margin and no arithmetic on it
// can overflow. Validation enforces the token and reported-cost bounds per item
// (lib/ingest/schemas.ts); the price bounds are enforced on org overrides
// (lib/pricing/schemas.ts) and checked against the whole bundled catalog by a test.
// Validation also keeps the parts within their totals (cached + cache-write input <= input,
// reasoning <= output). Then a computed cost is at most
//   (MAX_EVENT_TOKENS input + MAX_EVENT_TOKENS output) × MAX_PRICE_PER_MTOK / 1e6 + MAX_PER_REQUEST
//   = 2e9 × $1,000 / 1e6 + $1,000 = $2,001,000  ≤  MAX_EVENT_COST ($10M)  (unit-tested).
// Sums over many events are not bounded by this: rollups hold them as numeric.
// Client-safe.
import { NANO_PER_USD } from "@/lib/money";

/** Per token field of one event (one AI call): 1e9, 100× the largest context window sold today (10M). */
export const MAX_EVENT_TOKENS = 1_000_000_000;

/** Per million tokens of any kind, in any tier: $1,000 (the dearest catalog price is $600, o1-pro output). */
export const MAX_PRICE_PER_MTOK_USD = 1_000;
export const MAX_PRICE_PER_MTOK_NANO = BigInt(MAX_PRICE_PER_MTOK_USD) * NANO_PER_USD;

/** Per request: $1,000 (the catalog's dearest is $0.014). */
export const MAX_PER_REQUEST_USD = 1_000;
export const MAX_PER_REQUEST_NANO = BigInt(MAX_PER_REQUEST_USD) * NANO_PER_USD;

/** Cost of one event, reported or computed: $10,000,000 — int8 holds 922× that. */
export const MAX_EVENT_COST_USD = 10_000_000;
export const MAX_EVENT_COST_NANO = BigInt(MAX_EVENT_COST_USD) * NANO_PER_USD;
