// Routing figures from the daily rollups (docs/design.md §5): tier mix and
// coverage from request counts per current tier (model_tiers, so a tier edit
// applies to history), savings against the org's reference frontier model and
// potential savings on its most-used mid-tier model, both by pricing the rollups'
// token sums in SQL with the price in effect each UTC day, once per price period
// (lib/pricing/day-prices.ts), and the router's downgrade rate from the requested
// model. One grouped query with grouping sets answers the org, each feature and
// each team; a second the tier mix of each day.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, type Queryable } from "@/lib/database/pool";
import type { Filters } from "@/lib/filters/schema";
import { rollupFilterSql } from "@/lib/filters/sql";
import { billedTokenSumsSql, billedTokensCostSql, loadOrgPricing, periodOfDaySql, periodPriceTable, pricePeriods, type ModelKey, type PricePeriods } from "@/lib/pricing/day-prices";
import { resolvePrice, type OrgPricing } from "@/lib/pricing/resolve";
import { defaultTier, TIERS, type Tier } from "@/lib/pricing/tiers";
import { badRequest } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { loadEntityNames } from "@/lib/teams/names";
import { coverage, potentialSavingsNano, simulate, tierMix } from "@/lib/routing/maths";
import type { Routing, RoutingFigures, SimulateBody, Simulation } from "@/lib/routing/schemas";

type Range = Pick<Filters, "from" | "to">;
export type UsedModel = ModelKey & { tier: Tier | null; requests: number };

/** Every model the org used in the range (all teams and features) with its current tier, most requests first. */
export async function usedModels(db: Queryable, orgId: string, r: Range): Promise<UsedModel[]> {
  const rows = await sqlRows<{ provider: string; model: string; tier: Tier | null; requests: string }>(
    db,
    `SELECT x.provider, x.model, mt.tier::text AS tier, sum(x.requests)::text AS requests
       FROM daily_rollups x LEFT JOIN model_tiers mt ON mt.org_id = x.org_id AND mt.provider = x.provider AND mt.model = x.model
      WHERE x.org_id = $1 AND x.day >= $2::date AND x.day <= $3::date
      GROUP BY 1, 2, 3 HAVING sum(x.requests) > 0
      ORDER BY sum(x.requests) DESC, 1, 2`,
    [orgId, r.from, r.to],
  );
  return rows.map((m) => ({ provider: m.provider, model: m.model, tier: m.tier, requests: Number(m.requests) }));
}

/** The org's chosen reference frontier model (null: none chosen). */
async function chosenReference(db: Queryable, orgId: string): Promise<ModelKey | null> {
  const [org] = await sqlRows<{ provider: string | null; model: string | null }>(db, `SELECT reference_frontier_provider AS provider, reference_frontier_model AS model FROM orgs WHERE id = $1`, [orgId]);
  return org?.provider && org.model ? { provider: org.provider, model: org.model } : null;
}

/** The reference routing savings are measured against: the org's choice, else its most-used frontier model in the range. */
export function referenceModel(chosen: ModelKey | null, used: UsedModel[]): (ModelKey & { source: "org" | "most-used" }) | null {
  if (chosen) return { ...chosen, source: "org" };
  const top = used.find((m) => m.tier === "frontier");
  return top ? { provider: top.provider, model: top.model, source: "most-used" } : null;
}

/** A tier's most-used model in the range (the cheaper model excess frontier traffic would move to). */
export const mostUsedOfTier = (used: UsedModel[], tier: Tier): UsedModel | null => used.find((m) => m.tier === tier) ?? null;

/** Tier of a model by name alone (requested models carry no provider): the org's assignment (the dearest if providers differ), else its price band. */
function tierOfName(pricing: OrgPricing, used: UsedModel[], model: string, at: number): Tier | null {
  const assigned = used.filter((m) => m.model === model && m.tier).map((m) => TIERS.indexOf(m.tier!));
  if (assigned.length) return TIERS[Math.max(...assigned)];
  const p = resolvePrice(pricing, model, undefined, at);
  return p ? defaultTier(p.prices) : null;
}

type Row = {
  g: number; // grouping(team_id, feature_id): bit 2 team, 1 feature, set where rolled up
  team_id: string | null;
  feature_id: string | null;
  small: string; mid: string; frontier: string; untiered: string;
  cost: string; savings: string; frontier_cost: string; frontier_on_target: string | null;
  routed: string; downgraded: string;
};

/** Requests per UTC day and current tier (the tier mix over time). */
async function tierSeries(db: Queryable, orgId: string, f: Filters) {
  const params: unknown[] = [orgId, f.from, f.to];
  const where = rollupFilterSql(f, params);
  return sqlRows<{ day: string; small: string; mid: string; frontier: string }>(
    db,
    `SELECT x.day::text AS day,
            coalesce(sum(x.requests) FILTER (WHERE mt.tier = 'small'), 0)::text AS small,
            coalesce(sum(x.requests) FILTER (WHERE mt.tier = 'mid'), 0)::text AS mid,
            coalesce(sum(x.requests) FILTER (WHERE mt.tier = 'frontier'), 0)::text AS frontier
       FROM daily_rollups x
       LEFT JOIN model_tiers mt ON mt.org_id = x.org_id AND mt.provider = x.provider AND mt.model = x.model
      WHERE x.org_id = $1 AND x.day >= $2::date AND x.day <= $3::date${where}
      GROUP BY x.day ORDER BY x.day`,
    params,
  );
}

/** GET /api/v1/routing for the caller's org: range plus optional team/feature. */
export async function getRouting(orgId: string, f: Filters): Promise<Routing> {
  const pool = getPool();
  const [used, pricing, names, requested, chosen, series] = await Promise.all([
    usedModels(pool, orgId, f),
    loadOrgPricing(pool, orgId),
    loadEntityNames(pool, orgId),
    // requested models (by name), whose tiers decide what counts as a downgrade
    sqlRows<{ m: string }>(pool, `SELECT DISTINCT requested_model AS m FROM daily_rollups WHERE org_id = $1 AND day >= $2::date AND day <= $3::date AND requested_model <> ''`, [orgId, f.from, f.to]),
    chosenReference(pool, orgId),
    tierSeries(pool, orgId, f),
  ]);
  const ref = referenceModel(chosen, used);
  const target = mostUsedOfTier(used, "mid") ?? mostUsedOfTier(used, "small");
  const periods = pricePeriods(pricing, [ref, target].filter((m) => m !== null), f.from, f.to);
  const isModel = (m: ModelKey | null) => (p: ModelKey) => m !== null && p.provider === m.provider && p.model === m.model;

  const at = Date.parse(`${f.to}T00:00:00Z`);
  // a requested model of unknown tier cannot be downgraded from: rank -1
  const reqTiers = requested.map((r) => {
    const t = tierOfName(pricing, used, r.m, at);
    return { model: r.m, rank: t ? TIERS.indexOf(t) : -1 };
  });

  const params: unknown[] = [orgId, f.from, f.to];
  const where = rollupFilterSql(f, params);
  const appended = (t: { sql: string; params: unknown[] }) => (params.push(...t.params), t.sql); // its parameters numbered after those before
  const periodSql = appended(periodOfDaySql(periods, "x.day", params.length + 1));
  const refSql = appended(periodPriceTable(periods, params.length + 1, "ref", isModel(ref)));
  const tgtSql = appended(periodPriceTable(periods, params.length + 1, "tgt", isModel(target)));
  params.push(reqTiers.map((r) => r.model), reqTiers.map((r) => r.rank), TIERS);
  const rq = params.length - 2;

  const rows = await sqlRows<Row>(
    pool,
    // the rollup rows summed per (team, feature, price period, tier) first, then
    // priced once per group: every figure is a sum, so shards, days and re-pricing
    // deltas add up, and the org's, a team's and a feature's figures are sums of
    // the same priced groups
    `WITH rt AS (SELECT * FROM unnest($${rq}::text[], $${rq + 1}::int[]) AS rt(model, rank)),
     b AS (
       SELECT x.team_id, x.feature_id, ${periodSql} AS period, mt.tier, -- the enum, not its text: grouping by a collated text costs more
              sum(x.requests) AS requests, sum(x.cost_nano) AS cost,
              ${billedTokenSumsSql("x")},
              coalesce(sum(x.requests) FILTER (WHERE x.requested_model <> ''), 0) AS routed,
              coalesce(sum(x.requests) FILTER (WHERE x.requested_model <> '' AND array_position($${rq + 2}::text[], mt.tier::text) - 1 < rt.rank), 0) AS downgraded
         FROM daily_rollups x
         LEFT JOIN model_tiers mt ON mt.org_id = x.org_id AND mt.provider = x.provider AND mt.model = x.model
         LEFT JOIN rt ON rt.model = x.requested_model
        WHERE x.org_id = $1 AND x.day >= $2::date AND x.day <= $3::date${where}
        GROUP BY 1, 2, 3, 4
     ),
     j AS (
       SELECT b.team_id, b.feature_id, b.tier, b.requests, b.cost, b.routed, b.downgraded,
              CASE WHEN b.tier IN ('small', 'mid') THEN ${billedTokensCostSql("b", "ref")} END AS on_ref,
              CASE WHEN b.tier = 'frontier' THEN ${billedTokensCostSql("b", "tgt")} END AS on_target
         FROM b
         LEFT JOIN ${refSql} ON ref.period = b.period
         LEFT JOIN ${tgtSql} ON tgt.period = b.period
     )
     SELECT grouping(team_id, feature_id) AS g, team_id, feature_id,
            coalesce(sum(requests) FILTER (WHERE tier = 'small'), 0)::text AS small,
            coalesce(sum(requests) FILTER (WHERE tier = 'mid'), 0)::text AS mid,
            coalesce(sum(requests) FILTER (WHERE tier = 'frontier'), 0)::text AS frontier,
            coalesce(sum(requests) FILTER (WHERE tier IS NULL), 0)::text AS untiered,
            sum(cost)::text AS cost,
            coalesce(sum(on_ref - cost) FILTER (WHERE tier IN ('small', 'mid') AND on_ref IS NOT NULL), 0)::text AS savings,
            coalesce(sum(cost) FILTER (WHERE tier = 'frontier'), 0)::text AS frontier_cost,
            sum(on_target) FILTER (WHERE tier = 'frontier')::text AS frontier_on_target,
            sum(routed)::text AS routed,
            sum(downgraded)::text AS downgraded
       FROM j
      GROUP BY GROUPING SETS ((), (feature_id), (team_id), (team_id, feature_id))`,
    params,
  );

  // potential savings are judged per (team, feature) — each feature's own frontier
  // share against the reference mix — and summed upwards, so the org's and a team's
  // are the sums of their features'
  const pairs = rows.filter((r) => r.g === 0).map((r) => {
    const c = { small: Number(r.small), mid: Number(r.mid), frontier: Number(r.frontier) };
    const potential = r.frontier_on_target == null ? 0n : potentialSavingsNano({ tieredRequests: c.small + c.mid + c.frontier, frontierRequests: c.frontier, frontierCostNano: BigInt(r.frontier_cost), frontierOnTargetNano: BigInt(r.frontier_on_target) });
    return { team: r.team_id!, feature: r.feature_id!, potential };
  });
  const potentialOf = (keep: (p: (typeof pairs)[number]) => boolean) => pairs.filter(keep).reduce((n, p) => n + p.potential, 0n).toString();

  const figures = (row: Row | undefined, potentialSavings: string): RoutingFigures & { cost: bigint; untiered: number } => {
    const c = { small: Number(row?.small ?? 0), mid: Number(row?.mid ?? 0), frontier: Number(row?.frontier ?? 0) };
    const routed = Number(row?.routed ?? 0);
    const untiered = Number(row?.untiered ?? 0);
    return {
      requests: c.small + c.mid + c.frontier + untiered,
      coverage: coverage(c),
      tierMix: tierMix(c),
      savingsNano: row?.savings ?? "0",
      potentialSavingsNano: potentialSavings,
      routedRequests: routed,
      downgradeRate: routed === 0 ? null : Number(row!.downgraded) / routed,
      cost: BigInt(row?.cost ?? 0),
      untiered,
    };
  };
  const total = figures(rows.find((r) => r.g === 3), potentialOf(() => true));
  const strip = ({ cost: _c, untiered: _u, ...rest }: ReturnType<typeof figures>) => rest;
  const bySavings = (a: { potentialSavingsNano: string; savingsNano: string }, b: typeof a) => Number(BigInt(b.potentialSavingsNano) - BigInt(a.potentialSavingsNano)) || Number(BigInt(b.savingsNano) - BigInt(a.savingsNano));
  const refPrice = periods.prices.filter(isModel(ref)).at(-1)?.prices;
  const savings = BigInt(total.savingsNano);

  return {
    from: f.from,
    to: f.to,
    ...strip(total),
    untieredRequests: total.untiered,
    costNano: total.cost.toString(),
    savingsRatio: total.cost + savings > 0n && refPrice ? Number(savings) / Number(total.cost + savings) : null,
    referenceModel: ref && refPrice ? { provider: ref.provider, model: ref.model, source: ref.source, inputPerMtokNano: refPrice.inputPerMtokNano.toString(), outputPerMtokNano: refPrice.outputPerMtokNano.toString(), cacheReadPerMtokNano: refPrice.cacheReadPerMtokNano?.toString() ?? null } : null,
    potentialTarget: target && periods.prices.some(isModel(target)) ? { provider: target.provider, model: target.model, tier: target.tier! } : null,
    byFeature: rows
      .filter((r) => r.g === 2)
      .map((r) => {
        const fe = names.features.get(r.feature_id!);
        const team = fe?.teamId ? (names.teams.get(fe.teamId)?.key ?? null) : null;
        return { key: fe?.key ?? r.feature_id!, name: fe?.name ?? r.feature_id!, team, ...strip(figures(r, potentialOf((p) => p.feature === r.feature_id))) };
      })
      .sort(bySavings),
    byTeam: rows
      .filter((r) => r.g === 1)
      .map((r) => ({ key: names.teams.get(r.team_id!)?.key ?? r.team_id!, name: names.teams.get(r.team_id!)?.name ?? r.team_id!, ...strip(figures(r, potentialOf((p) => p.team === r.team_id))) }))
      .sort(bySavings),
    series: series.map((r) => ({ day: r.day, small: Number(r.small), mid: Number(r.mid), frontier: Number(r.frontier) })),
    frontierModels: used.filter((m) => m.tier === "frontier").map((m) => ({ provider: m.provider, model: m.model, requests: m.requests })),
  };
}

/** POST /api/v1/routing/simulate: each scenario from its feature's real frontier token mix over the period. */
export async function simulateRouting(orgId: string, body: SimulateBody): Promise<Simulation> {
  const pool = getPool();
  const f = body.period;
  const [used, pricing, names] = await Promise.all([usedModels(pool, orgId, f), loadOrgPricing(pool, orgId), loadEntityNames(pool, orgId)]);
  const features = new Map([...names.features].map(([id, x]) => [x.key, { id, ...x }]));
  const scenarios: Simulation["scenarios"] = [];
  for (const [i, s] of body.scenarios.entries()) {
    const feature = features.get(s.feature);
    if (!feature) throw badRequest(`scenario ${i + 1}: no feature "${s.feature}" in this org`, { errors: [{ field: `scenarios.${i}.feature`, message: "unknown feature" }] });
    const target = s.tier ? mostUsedOfTier(used, s.tier) : { provider: s.provider!, model: s.model!, tier: used.find((m) => m.provider === s.provider && m.model === s.model)?.tier ?? null };
    if (!target) throw badRequest(`scenario ${i + 1}: the org used no ${s.tier}-tier model in ${f.from}..${f.to}; pick a target model instead`, { errors: [{ field: `scenarios.${i}.tier`, message: `no ${s.tier}-tier model used in the period` }] });
    const prices = pricePeriods(pricing, [target], f.from, f.to);
    if (prices.prices.length === 0) throw badRequest(`scenario ${i + 1}: ${target.provider}/${target.model} has no price (catalog or override) for the period`, { errors: [{ field: `scenarios.${i}.model`, message: "no price for this model" }] });
    const tier = target.tier ?? defaultTier(prices.prices.at(-1)!.prices);
    const mix = await featureFrontierMix(pool, orgId, f, feature.id, prices);
    const r = simulate({ periodDays: f.days, shareBps: s.sharePct, ...mix });
    scenarios.push({
      feature: feature.key,
      featureName: feature.name,
      sharePct: s.sharePct / 100,
      target: { provider: target.provider, model: target.model, tier },
      frontierRequestsMonthly: r.frontierRequestsMonthly,
      movedRequestsMonthly: r.movedRequestsMonthly,
      currentMonthlyNano: r.currentMonthlyNano.toString(),
      projectedMonthlyNano: r.projectedMonthlyNano.toString(),
      savingsMonthlyNano: r.savingsMonthlyNano.toString(),
      savingsRatio: r.savingsRatio,
    });
  }
  return { from: f.from, to: f.to, periodDays: f.days, scenarios };
}

/** A feature's cost over the range, and its frontier requests, their cost and the same tokens priced on the target (per price period). */
async function featureFrontierMix(db: Queryable, orgId: string, f: Range, featureId: string, periods: PricePeriods) {
  const period = periodOfDaySql(periods, "x.day", 5);
  const prices = periodPriceTable(periods, 7, "tgt");
  const [row] = await sqlRows<{ cost: string | null; frontier_requests: string | null; frontier_cost: string | null; on_target: string | null }>(
    db,
    `WITH b AS (
       SELECT ${period.sql} AS period, mt.tier = 'frontier' AS frontier, sum(x.cost_nano) AS cost, sum(x.requests) AS requests, ${billedTokenSumsSql("x")}
         FROM daily_rollups x
         LEFT JOIN model_tiers mt ON mt.org_id = x.org_id AND mt.provider = x.provider AND mt.model = x.model
        WHERE x.org_id = $1 AND x.day >= $2::date AND x.day <= $3::date AND x.feature_id = $4
        GROUP BY 1, 2
     )
     SELECT sum(b.cost)::text AS cost,
            sum(b.requests) FILTER (WHERE b.frontier)::text AS frontier_requests,
            sum(b.cost) FILTER (WHERE b.frontier)::text AS frontier_cost,
            sum(${billedTokensCostSql("b", "tgt")}) FILTER (WHERE b.frontier)::text AS on_target
       FROM b LEFT JOIN ${prices.sql} ON tgt.period = b.period`,
    [orgId, f.from, f.to, featureId, ...period.params, ...prices.params],
  );
  return {
    featureCostNano: BigInt(row?.cost ?? 0),
    frontierRequests: Number(row?.frontier_requests ?? 0),
    frontierCostNano: BigInt(row?.frontier_cost ?? 0),
    frontierOnTargetNano: BigInt(row?.on_target ?? 0),
  };
}

/** PUT /api/v1/routing/reference-model: set (or clear, back to the most-used frontier model) the org's reference; admins only, audited. */
export async function setReferenceModel(orgId: string, actorUserId: string, reference: ModelKey | null, now = new Date()): Promise<{ reference: ModelKey | null }> {
  if (reference) {
    const pricing = await loadOrgPricing(getPool(), orgId);
    const price = resolvePrice(pricing, reference.model, reference.provider, now.getTime());
    if (!price || price.provider !== reference.provider) throw badRequest(`${reference.provider}/${reference.model} has no price (catalog or override): savings could not be measured against it`, { errors: [{ field: "reference.model", message: "no price for this model" }] });
  }
  await getPool().query(`UPDATE orgs SET reference_frontier_provider = $2, reference_frontier_model = $3 WHERE id = $1`, [orgId, reference?.provider ?? null, reference?.model ?? null]);
  await recordAudit(orgId, actorUserId, "routing.reference_model.set", reference ? `${reference.provider}/${reference.model}` : "most-used", { reference });
  return { reference };
}
