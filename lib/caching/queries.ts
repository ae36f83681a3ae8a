// Caching figures from the daily rollups (summed over shards), in one statement
// per view: the app's response cache (cacheHit events) per feature, and the
// provider's prompt cache per feature and model, its savings priced with the
// prices in effect each UTC day, as the events were (summed per price period,
// lib/pricing/day-prices.ts).
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { avoidedCostNano, rate } from "@/lib/caching/maths";
import type { Caching, CachingFeature, CachingModel } from "@/lib/caching/schemas";
import type { Filters } from "@/lib/filters/schema";
import { rollupFilterSql } from "@/lib/filters/sql";
import { loadOrgPricing, periodOfDaySql, periodPriceTable, pricePeriods } from "@/lib/pricing/day-prices";

type Row = {
  kind: "feature" | "model" | "total";
  key: string | null;
  name: string | null;
  provider: string | null;
  model: string | null;
  requests: bigint;
  hits: bigint;
  cost: string;
  input: string;
  cached: string;
  savings: string;
  unpriced: boolean;
  no_discount: boolean;
};

/** Response-cache and prompt-cache figures of one org for a filtered view (lib/filters). */
export async function getCaching(orgId: string, f: Filters): Promise<Caching> {
  const pool = getPool();
  const base: unknown[] = [orgId, f.from, f.to];
  const where = rollupFilterSql(f, base);
  const [models, pricing] = await Promise.all([
    sqlRows<{ provider: string; model: string }>(pool, `SELECT DISTINCT x.provider, x.model FROM daily_rollups x WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${where}`, base),
    loadOrgPricing(pool, orgId),
  ]);
  const periods = pricePeriods(pricing, models, f.from, f.to);
  const period = periodOfDaySql(periods, "x.day", base.length + 1);
  const prices = periodPriceTable(periods, base.length + 3, "p");
  // Every figure is a sum over rollup rows (shards, teams, requested models and
  // re-pricing deltas add up), so rows are summed per feature, model and price
  // period first, then priced: cached tokens at the period's input − cache-read
  // price, in nano-USD × 1e6 (integers), divided once per group. Groups whose
  // requests net to zero (all moved away by re-pricing) are dropped.
  const rows = await sqlRows<Row>(
    pool,
    `WITH b AS (
       SELECT x.feature_id, x.provider, x.model, ${period.sql} AS period, sum(x.requests) AS requests, sum(x.cache_hits) AS hits,
              sum(x.cost_nano) AS cost, sum(x.input_tokens) AS input, sum(x.cached_input_tokens) AS cached
         FROM daily_rollups x
        WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${where}
        GROUP BY 1, 2, 3, 4
     ),
     s AS (
       SELECT b.feature_id, b.provider, b.model, b.requests, b.hits, b.cost, b.input, b.cached, fe.key, fe.name, p.input IS NULL AS unpriced,
              p.input IS NOT NULL AND NOT coalesce(p.cache_read < p.input, false) AS no_discount,
              CASE WHEN p.cache_read < p.input THEN b.cached * (p.input - p.cache_read) ELSE 0 END AS savings_micro
         FROM b
         JOIN features fe ON fe.org_id = $1 AND fe.id = b.feature_id
         LEFT JOIN ${prices.sql} ON p.period = b.period AND p.provider = b.provider AND p.model = b.model
     )
     SELECT CASE WHEN GROUPING(s.key) = 0 THEN 'feature' WHEN GROUPING(s.provider) = 0 THEN 'model' ELSE 'total' END AS kind,
            s.key, min(s.name) AS name, s.provider, s.model,
            coalesce(sum(s.requests), 0)::int8 AS requests, coalesce(sum(s.hits), 0)::int8 AS hits, coalesce(sum(s.cost), 0) AS cost,
            coalesce(sum(s.input), 0) AS input, coalesce(sum(s.cached), 0) AS cached, div(coalesce(sum(s.savings_micro), 0) + 500000, 1000000) AS savings,
            coalesce(bool_or(s.unpriced), false) AS unpriced, coalesce(bool_or(s.no_discount), false) AS no_discount
       FROM s
      GROUP BY GROUPING SETS ((s.key), (s.provider, s.model), ())
     HAVING sum(s.requests) <> 0 OR GROUPING(s.key) + GROUPING(s.provider) = 2`,
    [...base, ...period.params, ...prices.params],
  );
  return toCaching(f, rows);
}

function toCaching(f: Pick<Filters, "from" | "to">, rows: Row[]): Caching {
  const total = rows.find((r) => r.kind === "total")!;
  const byFeature: CachingFeature[] = rows
    .filter((r) => r.kind === "feature")
    .map((r) => {
      const avoided = avoidedCostNano(BigInt(r.requests), BigInt(r.hits), BigInt(r.cost));
      return {
        key: r.key!, name: r.name!, requests: Number(r.requests), hits: Number(r.hits), hitRate: rate(BigInt(r.hits), BigInt(r.requests)),
        avoidedCostNano: avoided === null ? null : avoided.toString(),
        inputTokens: r.input, cachedInputTokens: r.cached, cachedShare: rate(BigInt(r.cached), BigInt(r.input)), promptSavingsNano: r.savings,
      };
    })
    .sort((a, b) => cmpDesc(saved(a), saved(b)) || a.key.localeCompare(b.key));
  const byModel: CachingModel[] = rows
    .filter((r) => r.kind === "model")
    .map((r) => ({
      provider: r.provider!, model: r.model!, inputTokens: r.input, cachedInputTokens: r.cached, cachedShare: rate(BigInt(r.cached), BigInt(r.input)),
      promptSavingsNano: r.savings, priced: !r.unpriced && !r.no_discount, gap: r.unpriced ? "unpriced" as const : r.no_discount ? "no_cache_discount" as const : null,
    }))
    .sort((a, b) => cmpDesc(BigInt(a.promptSavingsNano), BigInt(b.promptSavingsNano)) || cmpDesc(BigInt(a.cachedInputTokens), BigInt(b.cachedInputTokens)) || `${a.provider}/${a.model}`.localeCompare(`${b.provider}/${b.model}`));
  return {
    from: f.from,
    to: f.to,
    responseCache: {
      requests: Number(total.requests),
      hits: Number(total.hits),
      hitRate: rate(BigInt(total.hits), BigInt(total.requests)),
      avoidedCostNano: byFeature.reduce((s, x) => s + BigInt(x.avoidedCostNano ?? 0), 0n).toString(),
      unknownCostHits: byFeature.reduce((s, x) => s + (x.avoidedCostNano === null ? x.hits : 0), 0),
    },
    promptCache: { inputTokens: total.input, cachedInputTokens: total.cached, share: rate(BigInt(total.cached), BigInt(total.input)), savingsNano: total.savings },
    byFeature,
    byModel,
  };
}

const saved = (x: CachingFeature) => BigInt(x.avoidedCostNano ?? 0) + BigInt(x.promptSavingsNano);
const cmpDesc = (a: bigint, b: bigint) => (a > b ? -1 : a < b ? 1 : 0);
