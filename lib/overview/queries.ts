// Overview figures, all aggregated in SQL from the daily rollups. Money sums stay
// numeric (they can exceed int8) and arrive as exact decimal strings.
import "server-only";
import { getPool, getPrisma } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Overview } from "@/lib/overview/schemas";
import type { Tier } from "@/lib/pricing/tiers";

import { DAY_MS, isoDay, utcMidnight } from "@/lib/time/utc-days";

/** The UTC date range ending today and the same-length range before it. */
export function overviewRange(days: number, now = new Date()) {
  const today = utcMidnight(now);
  return { from: isoDay(today - (days - 1) * DAY_MS), to: isoDay(today), prevFrom: isoDay(today - (2 * days - 1) * DAY_MS), days };
}

type Row = { key: string; name: string; cost: string; requests: bigint };

export async function getOverview(orgId: string, days: number, now = new Date()): Promise<Overview> {
  const r = overviewRange(days, now);
  const pool = getPool();
  const [totals, users, daily, teams, features, models, unpriced, alertCount, latestAlerts] = await Promise.all([
    sqlRows<{ cost: string; requests: bigint; errors: bigint; cache_hits: bigint; prev_cost: string; prev_requests: bigint }>(
      pool,
      `SELECT coalesce(sum(cost_nano) FILTER (WHERE day >= $2), 0) AS cost,
              coalesce(sum(requests) FILTER (WHERE day >= $2), 0)::int8 AS requests,
              coalesce(sum(errors) FILTER (WHERE day >= $2), 0)::int8 AS errors,
              coalesce(sum(cache_hits) FILTER (WHERE day >= $2), 0)::int8 AS cache_hits,
              coalesce(sum(cost_nano) FILTER (WHERE day < $2), 0) AS prev_cost,
              coalesce(sum(requests) FILTER (WHERE day < $2), 0)::int8 AS prev_requests
         FROM daily_rollups WHERE org_id = $1 AND day BETWEEN $3 AND $4`,
      [orgId, r.from, r.prevFrom, r.to],
    ),
    sqlRows<{ users: bigint }>(
      pool,
      `SELECT count(DISTINCT end_user_id)::int8 AS users FROM daily_feature_users WHERE org_id = $1 AND day BETWEEN $2 AND $3`,
      [orgId, r.from, r.to],
    ),
    sqlRows<{ day: string; team: string | null; cost: string; requests: bigint }>(
      pool,
      `SELECT d::date AS day, t.key AS team, coalesce(sum(x.cost_nano), 0) AS cost, coalesce(sum(x.requests), 0)::int8 AS requests
         FROM generate_series($2::date, $3::date, interval '1 day') AS d
         LEFT JOIN daily_rollups x ON x.org_id = $1 AND x.day = d::date
         LEFT JOIN teams t ON t.org_id = x.org_id AND t.id = x.team_id
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [orgId, r.from, r.to],
    ),
    sqlRows<Row>(
      pool,
      `SELECT t.key, t.name, sum(x.cost_nano) AS cost, sum(x.requests)::int8 AS requests
         FROM daily_rollups x JOIN teams t ON t.org_id = x.org_id AND t.id = x.team_id
        WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3
        GROUP BY t.key, t.name ORDER BY cost DESC`,
      [orgId, r.from, r.to],
    ),
    sqlRows<Row & { team: string | null }>(
      pool,
      `SELECT f.key, f.name, t.key AS team, sum(x.cost_nano) AS cost, sum(x.requests)::int8 AS requests
         FROM daily_rollups x
         JOIN features f ON f.org_id = x.org_id AND f.id = x.feature_id
         LEFT JOIN teams t ON t.org_id = f.org_id AND t.id = f.team_id
        WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3
        GROUP BY f.key, f.name, t.key ORDER BY cost DESC`,
      [orgId, r.from, r.to],
    ),
    sqlRows<Row & { provider: string; tier: Tier | null }>(
      pool,
      `SELECT x.model AS key, x.model AS name, x.provider, mt.tier, sum(x.cost_nano) AS cost, sum(x.requests)::int8 AS requests
         FROM daily_rollups x
         LEFT JOIN model_tiers mt ON mt.org_id = x.org_id AND mt.provider = x.provider AND mt.model = x.model
        WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3
        GROUP BY x.provider, x.model, mt.tier HAVING sum(x.requests) <> 0 ORDER BY cost DESC`,
      [orgId, r.from, r.to],
    ),
    sqlRows<{ provider: string; model: string; requests: bigint }>(
      pool,
      `SELECT provider, model, sum(unpriced_requests)::int8 AS requests FROM daily_rollups
        WHERE org_id = $1 AND day BETWEEN $2 AND $3 AND unpriced_requests <> 0
        GROUP BY provider, model HAVING sum(unpriced_requests) > 0 ORDER BY requests DESC`,
      [orgId, r.from, r.to],
    ),
    getPrisma().alert.count({ where: { orgId, status: "open" } }),
    getPrisma().alert.findMany({ where: { orgId, status: "open" }, orderBy: { createdAt: "desc" }, take: 5 }),
  ]);
  const t = totals[0];
  const breakdown = (x: Row) => ({ key: x.key, name: x.name, costNano: x.cost, requests: Number(x.requests) });
  return {
    range: { from: r.from, to: r.to, days },
    totals: {
      costNano: t.cost,
      prevCostNano: t.prev_cost,
      requests: Number(t.requests),
      prevRequests: Number(t.prev_requests),
      errors: Number(t.errors),
      cacheHits: Number(t.cache_hits),
      users: Number(users[0].users),
    },
    daily: daily.map((d) => ({ day: d.day, team: d.team, costNano: d.cost, requests: Number(d.requests) })),
    teams: teams.map(breakdown),
    features: features.map((f) => ({ ...breakdown(f), team: f.team })),
    models: models.map((m) => ({ ...breakdown(m), provider: m.provider, tier: m.tier })),
    unpricedModels: unpriced.map((u) => ({ provider: u.provider, model: u.model, requests: Number(u.requests) })),
    openAlerts: {
      count: alertCount,
      latest: latestAlerts.map((a) => ({ id: a.id, kind: a.kind, title: a.title, createdAt: a.createdAt.toISOString() })),
    },
  };
}
