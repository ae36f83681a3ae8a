// Overview figures, all aggregated in SQL from the daily rollups. Money sums stay
// numeric (they can exceed int8) and arrive as exact decimal strings.
import "server-only";
import { getPool, getPrisma } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Overview } from "@/lib/overview/schemas";
import type { Tier } from "@/lib/pricing/tiers";

import type { Filters } from "@/lib/filters/schema";
import { rollupFilterSql } from "@/lib/filters/sql";
import { decomposeRange } from "@/lib/rollups/sketch-blocks";
import { getEconomics, getMonthToDate, getTopMovers } from "@/lib/overview/highlights";

type Entity = { key: string; name: string; registered: boolean; cost: string; requests: bigint };

/** Overview of one org for a filtered view (lib/filters): every figure from the rollups, in SQL. */
export async function getOverview(orgId: string, f: Filters, now = new Date()): Promise<Overview> {
  const pool = getPool();
  const q = <T>(sql: (where: string) => string, base: unknown[]) => {
    const params = [...base];
    const where = rollupFilterSql(f, params);
    return sqlRows<T>(pool, sql(where), params);
  };
  const range = [orgId, f.from, f.to];
  const blocks = decomposeRange(f.from, f.to);
  const c = f.compare;
  const [totals, comparison, users, daily, teams, features, models, unpriced, alertCount, latestAlerts, options, monthToDate, movers, economics, anomalies] = await Promise.all([
    q<{ cost: string; requests: bigint; errors: bigint; cache_hits: bigint }>(
      (w) => `SELECT coalesce(sum(cost_nano), 0) AS cost, coalesce(sum(requests), 0)::int8 AS requests,
                     coalesce(sum(errors), 0)::int8 AS errors, coalesce(sum(cache_hits), 0)::int8 AS cache_hits
                FROM daily_rollups x WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${w}`,
      range,
    ),
    c
      ? q<{ cost: string; requests: bigint; prev_cost: string; prev_requests: bigint }>(
          (w) => `SELECT coalesce(sum(cost_nano) FILTER (WHERE day >= $2), 0) AS cost,
                         coalesce(sum(requests) FILTER (WHERE day >= $2), 0)::int8 AS requests,
                         coalesce(sum(cost_nano) FILTER (WHERE day < $2), 0) AS prev_cost,
                         coalesce(sum(requests) FILTER (WHERE day < $2), 0)::int8 AS prev_requests
                    FROM daily_rollups x WHERE x.org_id = $1 AND x.day BETWEEN $4 AND $3${w}`,
          [orgId, c.from, c.to, c.prevFrom],
        )
      : Promise.resolve(null),
    f.model || f.provider
      ? Promise.resolve(null)
      : sqlRows<{ users: bigint }>(
          pool,
          `SELECT hll_distinct(bit_or(u.bits)) AS users
             FROM unnest($2::int2[], $3::date[]) AS b(span, start)
             JOIN feature_user_sketches u ON u.org_id = $1 AND u.span = b.span AND u.start = b.start
             JOIN features fe ON fe.org_id = u.org_id AND fe.id = u.feature_id
             LEFT JOIN teams t ON t.org_id = fe.org_id AND t.id = fe.team_id
            WHERE ($4::text IS NULL OR fe.key = $4) AND ($5::text IS NULL OR t.key = $5)`,
          [orgId, blocks.map((b) => b.span), blocks.map((b) => b.start), f.feature, f.team],
        ),
    q<{ day: string; team: string | null; cost: string; requests: bigint }>(
      // summed per day and team first (a hash aggregate), then spread over every day of the range
      (w) => `SELECT d::date AS day, t.key AS team, coalesce(x.cost, 0) AS cost, coalesce(x.requests, 0)::int8 AS requests
                FROM generate_series($2::date, $3::date, interval '1 day') AS d
                LEFT JOIN (SELECT x.day, x.team_id, sum(x.cost_nano) AS cost, sum(x.requests) AS requests
                             FROM daily_rollups x WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${w} GROUP BY 1, 2) x ON x.day = d::date
                LEFT JOIN teams t ON t.org_id = $1 AND t.id = x.team_id
               ORDER BY 1, 2`,
      range,
    ),
    q<Entity>(
      (w) => `SELECT t.key, t.name, t.registered, sum(x.cost_nano) AS cost, sum(x.requests)::int8 AS requests
                FROM daily_rollups x JOIN teams t ON t.org_id = x.org_id AND t.id = x.team_id
               WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${w}
               GROUP BY t.key, t.name, t.registered HAVING sum(x.requests) <> 0 ORDER BY cost DESC, t.key`,
      range,
    ),
    q<Entity & { team: string | null; team_name: string | null }>(
      (w) => `SELECT fe.key, fe.name, fe.registered, t.key AS team, t.name AS team_name, sum(x.cost_nano) AS cost, sum(x.requests)::int8 AS requests
                FROM daily_rollups x
                JOIN features fe ON fe.org_id = x.org_id AND fe.id = x.feature_id
                LEFT JOIN teams t ON t.org_id = fe.org_id AND t.id = fe.team_id
               WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${w}
               GROUP BY fe.key, fe.name, fe.registered, t.key, t.name HAVING sum(x.requests) <> 0 ORDER BY cost DESC, fe.key`,
      range,
    ),
    q<{ provider: string; model: string; tier: Tier | null; cost: string; requests: bigint }>(
      (w) => `SELECT x.provider, x.model, mt.tier, sum(x.cost_nano) AS cost, sum(x.requests)::int8 AS requests
                FROM daily_rollups x
                LEFT JOIN model_tiers mt ON mt.org_id = x.org_id AND mt.provider = x.provider AND mt.model = x.model
               WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${w}
               GROUP BY x.provider, x.model, mt.tier HAVING sum(x.requests) <> 0 ORDER BY cost DESC, x.model`,
      range,
    ),
    q<{ provider: string; model: string; requests: bigint }>(
      (w) => `SELECT x.provider, x.model, sum(x.unpriced_requests)::int8 AS requests FROM daily_rollups x
               WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3 AND x.unpriced_requests <> 0${w}
               GROUP BY x.provider, x.model HAVING sum(x.unpriced_requests) > 0 ORDER BY requests DESC`,
      range,
    ),
    getPrisma().alert.count({ where: { orgId, status: "open" } }),
    getPrisma().alert.findMany({ where: { orgId, status: "open" }, orderBy: { createdAt: "desc" }, take: 5 }),
    getOverviewOptions(orgId),
    getMonthToDate(orgId, f, now),
    getTopMovers(orgId, f),
    getEconomics(orgId, f),
    // anomaly alerts that began in the range, for the spend chart's markers (the filter's team/feature/model only)
    sqlRows<{ id: string; title: string; day: string }>(
      pool,
      `SELECT id, title, ((details->>'start')::timestamptz AT TIME ZONE 'UTC')::date AS day
         FROM alerts
        WHERE org_id = $1 AND kind = 'anomaly'
          AND (details->>'start')::timestamptz >= $2::date::timestamp AT TIME ZONE 'UTC'
          AND (details->>'start')::timestamptz < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
          AND ($4::text IS NULL OR details->>'team' = $4) AND ($5::text IS NULL OR details->>'feature' = $5) AND ($6::text IS NULL OR details->>'model' = $6)
        ORDER BY 3, 1 LIMIT 20`,
      [orgId, f.from, f.to, f.team, f.feature, f.model],
    ),
  ]);
  const t = totals[0];
  const entity = (x: Entity) => ({ key: x.key, name: x.name, registered: x.registered, costNano: x.cost, requests: Number(x.requests) });
  const cmp = comparison?.[0];
  return {
    range: { preset: f.preset, from: f.from, to: f.to, days: f.days, partialDay: f.partialDay },
    filters: { team: f.team, feature: f.feature, provider: f.provider, model: f.model },
    totals: { costNano: t.cost, requests: Number(t.requests), errors: Number(t.errors), cacheHits: Number(t.cache_hits), users: users ? Number(users[0].users) : null },
    comparison: c && cmp ? { ...c, costNano: cmp.cost, prevCostNano: cmp.prev_cost, requests: Number(cmp.requests), prevRequests: Number(cmp.prev_requests) } : null,
    daily: daily.map((d) => ({ day: d.day, team: d.team, costNano: d.cost, requests: Number(d.requests) })),
    teams: teams.map(entity),
    features: features.map((x) => ({ ...entity(x), team: x.team, teamName: x.team_name })),
    models: models.map((m) => ({ provider: m.provider, model: m.model, tier: m.tier, costNano: m.cost, requests: Number(m.requests) })),
    unpricedModels: unpriced.map((u) => ({ provider: u.provider, model: u.model, requests: Number(u.requests) })),
    monthToDate,
    movers,
    economics,
    openAlerts: {
      count: alertCount,
      latest: latestAlerts.map((a) => ({ id: a.id, kind: a.kind, title: a.title, createdAt: a.createdAt.toISOString() })),
    },
    anomalies,
    options,
  };
}

/** Every team, feature and model the org has (for filter choices and stable colours). */
export async function getOverviewOptions(orgId: string): Promise<Overview["options"]> {
  const pool = getPool();
  const [teams, features, models] = await Promise.all([
    sqlRows<{ key: string; name: string; registered: boolean }>(pool, `SELECT key, name, registered FROM teams WHERE org_id = $1 ORDER BY name, key`, [orgId]),
    sqlRows<{ key: string; name: string; registered: boolean }>(pool, `SELECT key, name, registered FROM features WHERE org_id = $1 ORDER BY name, key`, [orgId]),
    sqlRows<{ provider: string; model: string }>(pool, `SELECT provider, model FROM model_tiers WHERE org_id = $1 ORDER BY provider, model`, [orgId]),
  ]);
  return { teams, features, models };
}
