// Prices per UTC day for a set of models, as a table SQL can join rollup rows to
// (`day`, `provider`, `model`): what the same tokens cost on another model
// (routing savings), or without a discount (prompt-cache savings), priced per
// day like the events were. Each day takes the price in effect at its start
// (the org's override, else the catalog), base band only: long-context tiers
// depend on single prompts, which rollups no longer hold.
import "server-only";
import type { Queryable } from "@/lib/database/pool";
import { getOrgContext, readPricingVersion } from "@/lib/ingest/org-context";
import type { BandPrices } from "@/lib/pricing/cost";
import { resolvePrice, type OrgPricing } from "@/lib/pricing/resolve";
import { DAY_MS, isoDay } from "@/lib/time/utc-days";

export type ModelKey = { provider: string; model: string };

/** The org's overrides and tier assignments (cached per pricing version, as ingest uses them). */
export async function loadOrgPricing(db: Queryable, orgId: string): Promise<OrgPricing> {
  return getOrgContext(db, orgId, await readPricingVersion(db, orgId));
}

/** Base-band prices of `m` at the start of each UTC day in [fromDay, toDay]; days without a price are left out. */
export function dayPrices(pricing: OrgPricing, models: ModelKey[], fromDay: string, toDay: string): (ModelKey & { day: string; prices: BandPrices })[] {
  const out: (ModelKey & { day: string; prices: BandPrices })[] = [];
  const last = Date.parse(`${toDay}T00:00:00Z`);
  for (const m of models) {
    for (let t = Date.parse(`${fromDay}T00:00:00Z`); t <= last; t += DAY_MS) {
      const p = resolvePrice(pricing, m.model, m.provider, t);
      if (p && p.provider === m.provider) out.push({ ...m, day: isoDay(t), prices: p.prices });
    }
  }
  return out;
}

/**
 * `unnest(...) AS alias(day, provider, model, input, output, cache_read, cache_write, per_request)`
 * over `rows`, with its 8 array parameters numbered from `$first`; nano-USD per
 * million tokens (cache_read/cache_write null when billed as input).
 */
export function dayPriceTable(rows: (ModelKey & { day: string; prices: BandPrices })[], first: number, alias = "p"): { sql: string; params: unknown[] } {
  const n = (i: number) => `$${first + i}`;
  const str = (v: bigint | null) => (v === null ? null : v.toString());
  return {
    sql: `unnest(${n(0)}::date[], ${n(1)}::text[], ${n(2)}::text[], ${n(3)}::numeric[], ${n(4)}::numeric[], ${n(5)}::numeric[], ${n(6)}::numeric[], ${n(7)}::numeric[])
          AS ${alias}(day, provider, model, input, output, cache_read, cache_write, per_request)`,
    params: [
      rows.map((r) => r.day),
      rows.map((r) => r.provider),
      rows.map((r) => r.model),
      rows.map((r) => r.prices.inputPerMtokNano.toString()),
      rows.map((r) => r.prices.outputPerMtokNano.toString()),
      rows.map((r) => str(r.prices.cacheReadPerMtokNano)),
      rows.map((r) => str(r.prices.cacheWritePerMtokNano)),
      rows.map((r) => r.prices.perRequestNano.toString()),
    ],
  };
}

/**
 * Integer numeric SQL: nano-USD of rollup row `r`'s tokens and requests at price row
 * `p` (the formula of lib/pricing/cost-sql.ts over sums), counting only the share of
 * the row's requests that reached a model: app cache hits cost nothing on any model.
 * Rounded half up per row, in scale-0 arithmetic (a fractional numeric per row costs
 * several times as much over thousands of rows); null where `p` has no price.
 */
export const rollupTokensCostSql = (r: string, p: string) => `(
  CASE WHEN ${r}.requests = 0 THEN 0 ELSE
    div(( greatest(${r}.input_tokens - ${r}.cached_input_tokens - ${r}.cache_write_tokens, 0) * ${p}.input
        + ${r}.cached_input_tokens * coalesce(${p}.cache_read, ${p}.input)
        + ${r}.cache_write_tokens * coalesce(${p}.cache_write, ${p}.input)
        + ${r}.output_tokens * ${p}.output) * (${r}.requests - ${r}.cache_hits) * 2 + ${r}.requests * 1000000,
        ${r}.requests * 2000000)
  END + (${r}.requests - ${r}.cache_hits) * ${p}.per_request
)`;
