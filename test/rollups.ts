// Integration-test checks that rollups equal what the raw events say, summed
// over shards (adjustment deltas included).
import type { Queryable } from "@/lib/database/pool";
import { sqlRows } from "@/lib/database/pool";

type Mismatch = { hour: Date; team_id: string; feature_id: string; provider: string; model: string; raw_n: string | null; rolled_n: string | null; raw_cost: string | null; rolled_cost: string | null };

/** Every (UTC hour, team, feature, provider, model) whose hourly rollup differs from its raw events; [] when exact. */
export function hourlyMismatches(db: Queryable, orgId: string): Promise<Mismatch[]> {
  return sqlRows<Mismatch>(
    db,
    `WITH raw AS (
       SELECT date_trunc('hour', ts, 'UTC') AS hour, team_id, feature_id, provider, model, count(*)::text AS n, sum(cost_nano)::text AS cost
         FROM usage_events WHERE org_id = $1 GROUP BY 1, 2, 3, 4, 5),
     rolled AS (
       SELECT hour, team_id, feature_id, provider, model, sum(requests)::text AS n, sum(cost_nano)::text AS cost
         FROM hourly_rollups WHERE org_id = $1 GROUP BY 1, 2, 3, 4, 5 HAVING sum(requests) <> 0 OR sum(cost_nano) <> 0)
     SELECT hour, team_id, feature_id, provider, model, raw.n AS raw_n, rolled.n AS rolled_n, raw.cost AS raw_cost, rolled.cost AS rolled_cost
       FROM raw FULL JOIN rolled USING (hour, team_id, feature_id, provider, model)
      WHERE raw.n IS DISTINCT FROM rolled.n OR raw.cost IS DISTINCT FROM rolled.cost`,
    [orgId],
  );
}

/** Per UTC day and model: requests and cost from daily rollups and from hourly rollups, where they differ; [] when they agree. */
export function dailyHourlyMismatches(db: Queryable, orgId: string) {
  return sqlRows<{ day: string; provider: string; model: string; daily: string | null; hourly: string | null }>(
    db,
    `WITH d AS (SELECT day, provider, model, sum(requests) || ':' || sum(cost_nano) AS v FROM daily_rollups WHERE org_id = $1 GROUP BY 1, 2, 3 HAVING sum(requests) <> 0),
          h AS (SELECT (hour AT TIME ZONE 'UTC')::date AS day, provider, model, sum(requests) || ':' || sum(cost_nano) AS v FROM hourly_rollups WHERE org_id = $1 GROUP BY 1, 2, 3 HAVING sum(requests) <> 0)
     SELECT day, provider, model, d.v AS daily, h.v AS hourly FROM d FULL JOIN h USING (day, provider, model) WHERE d.v IS DISTINCT FROM h.v`,
    [orgId],
  );
}
