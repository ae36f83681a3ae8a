// Hourly cost and request series of one org, read from hourly_rollups (never from
// raw events): one grouped query whose cost grows with hours × keys, not traffic.
import "server-only";
import type { Queryable } from "@/lib/database/pool";
import { sqlRows } from "@/lib/database/pool";

export const HOURLY_SERIES_BY = ["org", "team", "feature", "model"] as const;
export type HourlySeriesBy = (typeof HOURLY_SERIES_BY)[number];

export type HourlyPoint = {
  /** "" for by "org", else the team id, the feature id, or "provider/model" */
  key: string;
  /** start of the UTC hour */
  hour: Date;
  costNano: bigint;
  requests: number;
};

/** The series key of each `by` as SQL over a rollup row (hourly or daily: same key columns). */
export const SERIES_KEY_SQL: Record<HourlySeriesBy, string> = {
  org: "''",
  team: "team_id::text",
  feature: "feature_id::text",
  model: "provider || '/' || model",
};

/**
 * Cost and requests per UTC hour (and per key of `by`) for the hours starting in
 * [from, to): pass `to` = now to include the current, partial hour. Sums all
 * rows of an hour and key (appended batches, re-pricing deltas, compacted rows),
 * so every stored event counts exactly once; keys whose events were all moved
 * away by re-pricing (an `unknown` provider resolved) net to zero requests and
 * are left out. Hours without
 * events are absent (the caller fills gaps). Ordered by hour, then key.
 */
export async function hourlyCostSeries(db: Queryable, orgId: string, opts: { from: Date; to: Date; by: HourlySeriesBy }): Promise<HourlyPoint[]> {
  const rows = await sqlRows<{ key: string; hour: Date; cost: string; requests: string }>(
    db,
    `SELECT ${SERIES_KEY_SQL[opts.by]} AS key, hour, sum(cost_nano)::text AS cost, sum(requests)::text AS requests
       FROM hourly_rollups
      WHERE org_id = $1 AND hour >= $2 AND hour < $3
      GROUP BY 1, 2
     HAVING sum(requests) <> 0
      ORDER BY 2, 1`,
    [orgId, opts.from, opts.to],
  );
  return rows.map((r) => ({ key: r.key, hour: r.hour, costNano: BigInt(r.cost), requests: Number(r.requests) }));
}
