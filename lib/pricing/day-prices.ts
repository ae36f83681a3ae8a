// Prices per UTC day for a set of models, cut into price periods (runs of days
// with the same prices) as tables SQL can join rollup rows to: what the same
// tokens cost on another model (routing savings), or without a discount
// (prompt-cache savings), priced per day like the events were. Base band only:
// long-context tiers depend on single prompts, which rollups no longer hold.
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

/**
 * The range cut into price periods: runs of consecutive UTC days on which each of
 * `models` has the same price (or, alike, none), each day taking the price in
 * effect at its start (the org's override, else the catalog). Rollup rows summed
 * per period are priced once per group instead of once per row and day; prices
 * rarely change, so a 90-day range is usually one period. `day[i]` belongs to
 * period `period[i]`.
 */
export type PricePeriods = {
  day: string[];
  period: number[];
  prices: (ModelKey & { period: number; prices: BandPrices })[];
};

export function pricePeriods(pricing: OrgPricing, modelList: ModelKey[], fromDay: string, toDay: string): PricePeriods {
  // each model once: a model listed twice would price its rows twice in a join
  const models = [...new Map(modelList.map((m) => [`${m.provider}/${m.model}`, { provider: m.provider, model: m.model }])).values()];
  const out: PricePeriods = { day: [], period: [], prices: [] };
  const last = Date.parse(`${toDay}T00:00:00Z`);
  let previous: (BandPrices | null)[] = [];
  for (let t = Date.parse(`${fromDay}T00:00:00Z`); t <= last; t += DAY_MS) {
    // the price in effect at the day's start, base band only; a price resolved to
    // another provider's model of the same name is not this model's price
    const today = models.map((m) => {
      const p = resolvePrice(pricing, m.model, m.provider, t);
      return p && p.provider === m.provider ? p.prices : null;
    });
    // resolved prices are shared objects (catalog entries, override rows): a new
    // object means a new price, and an equal one merely an extra period
    const period = out.period.length === 0 ? 0 : out.period[out.period.length - 1] + (today.some((p, i) => p !== previous[i]) ? 1 : 0);
    if (period !== out.period.at(-1)) models.forEach((m, i) => today[i] && out.prices.push({ provider: m.provider, model: m.model, period, prices: today[i] }));
    previous = today;
    out.day.push(isoDay(t));
    out.period.push(period);
  }
  return out;
}

/**
 * SQL for the price period of `day` (a date expression within `p`'s range): an
 * array lookup by day offset, with its 2 parameters numbered from `$first`. Not a
 * join, so the planner's group estimates stay those of the rollup columns.
 */
export function periodOfDaySql(p: PricePeriods, day: string, first: number): { sql: string; params: unknown[] } {
  return { sql: `($${first}::int[])[${day} - $${first + 1}::date + 1]`, params: [p.period, p.day[0]] };
}

/**
 * `unnest(...) AS alias(period, provider, model, input, output, cache_read, cache_write, per_request)`
 * over `p`'s prices (of the models `keep` accepts), with its 8 array parameters
 * numbered from `$first`; nano-USD per million tokens (cache_read/cache_write null
 * when billed as input).
 */
export function periodPriceTable(p: PricePeriods, first: number, alias: string, keep: (m: ModelKey) => boolean = () => true): { sql: string; params: unknown[] } {
  const rows = p.prices.filter(keep);
  const n = (i: number) => `$${first + i}`;
  const str = (v: bigint | null) => (v === null ? null : v.toString());
  return {
    sql: `unnest(${n(0)}::int[], ${n(1)}::text[], ${n(2)}::text[], ${n(3)}::numeric[], ${n(4)}::numeric[], ${n(5)}::numeric[], ${n(6)}::numeric[], ${n(7)}::numeric[])
          AS ${alias}(period, provider, model, input, output, cache_read, cache_write, per_request)`,
    params: [
      rows.map((r) => r.period),
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
 * Aggregates over rollup rows `r` (a GROUP BY's select list): the tokens and
 * requests that reached a model, i.e. each row's sums times its share of requests
 * that were not app cache hits (a hit costs nothing on any model). Exact
 * (numeric) fractions; a row with no requests reached nothing.
 */
export const billedTokenSumsSql = (r: string) => {
  const share = (tokens: string) =>
    `sum(CASE WHEN ${r}.requests = 0 THEN 0 WHEN ${r}.cache_hits = 0 THEN ${tokens} ELSE ${tokens} * (${r}.requests - ${r}.cache_hits)::numeric(40, 20) / ${r}.requests END)`;
  return `sum(CASE WHEN ${r}.requests = 0 THEN 0 ELSE ${r}.requests - ${r}.cache_hits END) AS billed_requests,
          ${share(`greatest(${r}.input_tokens - ${r}.cached_input_tokens - ${r}.cache_write_tokens, 0)`)} AS billed_uncached,
          ${share(`${r}.cached_input_tokens`)} AS billed_cached,
          ${share(`${r}.cache_write_tokens`)} AS billed_cache_write,
          ${share(`${r}.output_tokens`)} AS billed_output`;
};

/**
 * Integer numeric SQL: nano-USD of the billed sums of `b` (billedTokenSumsSql) at
 * price row `p` (the formula of lib/pricing/cost-sql.ts over sums), rounded half
 * away from zero once per group; null where `p` has no price.
 */
export const billedTokensCostSql = (b: string, p: string) => `(
  round(( ${b}.billed_uncached * ${p}.input
        + ${b}.billed_cached * coalesce(${p}.cache_read, ${p}.input)
        + ${b}.billed_cache_write * coalesce(${p}.cache_write, ${p}.input)
        + ${b}.billed_output * ${p}.output) / 1000000)
  + ${b}.billed_requests * ${p}.per_request
)`;
