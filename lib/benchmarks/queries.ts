// Benchmark figures for a range (and optionally one team), from the rollups only:
// COGS, revenue and feature statuses from the P&L (lib/pnl/queries.ts), token cost,
// requests and requests per model tier from daily_rollups joined to the org's
// model tiers as the overview does. The maths and texts are lib/benchmarks/metrics.ts.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { buildBenchmarks, type BenchmarkInputs } from "@/lib/benchmarks/metrics";
import type { Benchmarks } from "@/lib/benchmarks/schemas";
import type { Filters } from "@/lib/filters/schema";
import { rollupFilterSql } from "@/lib/filters/sql";
import { getPnl } from "@/lib/pnl/queries";
import { TIERS } from "@/lib/pricing/tiers";

type BenchmarkFilters = Pick<Filters, "from" | "to" | "days" | "prevFrom" | "prevTo" | "team">;

/** Every tier below the frontier (TIERS is cheapest first). */
const BELOW_FRONTIER = TIERS.slice(0, TIERS.indexOf("frontier"));

/**
 * Requests, unpriced requests and token cost in [from, to], and the requests on
 * models with a tier and on those below the frontier. Summed per model first, so
 * the tier join touches one row per model, not per rollup row.
 */
export async function getBenchmarkUsage(orgId: string, f: Pick<Filters, "from" | "to" | "team">): Promise<BenchmarkInputs["usage"]> {
  const params: unknown[] = [orgId, f.from, f.to, BELOW_FRONTIER];
  const where = rollupFilterSql({ team: f.team, feature: null, provider: null, model: null }, params);
  const [r] = await sqlRows<{ requests: string; unpriced: string; cost: string; tiered: string; below: string }>(
    getPool(),
    `WITH m AS (
       SELECT x.provider, x.model, sum(x.requests) AS requests, sum(x.unpriced_requests) AS unpriced, sum(x.cost_nano) AS cost
         FROM daily_rollups x WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${where}
        GROUP BY x.provider, x.model
     )
     SELECT coalesce(sum(m.requests), 0)::text AS requests, coalesce(sum(m.unpriced), 0)::text AS unpriced,
            coalesce(sum(m.cost), 0)::text AS cost,
            coalesce(sum(m.requests) FILTER (WHERE mt.tier IS NOT NULL), 0)::text AS tiered,
            coalesce(sum(m.requests) FILTER (WHERE mt.tier::text = ANY($4::text[])), 0)::text AS below
       FROM m LEFT JOIN model_tiers mt ON mt.org_id = $1 AND mt.provider = m.provider AND mt.model = m.model`,
    params,
  );
  return {
    requests: BigInt(r.requests),
    unpricedRequests: BigInt(r.unpriced),
    tokenCostNano: BigInt(r.cost),
    tieredRequests: BigInt(r.tiered),
    belowFrontierRequests: BigInt(r.below),
  };
}

/** The org's four benchmark metrics for a range (and optionally one team), placed on the §8 bands. */
export async function getBenchmarks(orgId: string, f: BenchmarkFilters): Promise<Benchmarks> {
  const [pnl, usage] = await Promise.all([getPnl(orgId, f, { previous: false, users: false }), getBenchmarkUsage(orgId, f)]);
  return buildBenchmarks({
    range: { from: f.from, to: f.to, days: f.days, team: f.team },
    pnl: {
      cogsNano: BigInt(pnl.totals.cogsNano),
      revenueNano: BigInt(pnl.totals.revenueNano),
      features: pnl.features.map((x) => ({ name: x.name, requests: x.requests, cogsNano: BigInt(x.cogsNano), revenueNano: BigInt(x.revenueNano), status: x.status })),
    },
    usage,
  });
}
