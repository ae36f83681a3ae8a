// Recompute an org's daily rollups from raw events in one set-based statement
// (used after bulk loads such as the demo data; the ingest path maintains them
// incrementally).
import type { Queryable } from "@/lib/database/pool";

export async function rebuildDailyRollups(db: Queryable, orgId: string): Promise<void> {
  await db.query("DELETE FROM daily_rollups WHERE org_id = $1", [orgId]);
  await db.query(
    `INSERT INTO daily_rollups (org_id, day, team_id, feature_id, provider, model, requests, errors, cache_hits,
       unpriced_requests, input_tokens, output_tokens, cached_input_tokens, cache_write_tokens, reasoning_tokens,
       cost_nano, latency_ms_sum)
     SELECT org_id, (ts AT TIME ZONE 'UTC')::date, team_id, feature_id, provider, model,
            count(*), count(*) FILTER (WHERE status = 'error'), count(*) FILTER (WHERE cache_hit),
            count(*) FILTER (WHERE cost_source = 'unpriced'),
            sum(input_tokens), sum(output_tokens), sum(cached_input_tokens), sum(cache_write_tokens),
            sum(reasoning_tokens), sum(cost_nano), coalesce(sum(latency_ms), 0)
       FROM usage_events WHERE org_id = $1
      GROUP BY 1, 2, 3, 4, 5, 6`,
    [orgId],
  );
  await db.query("DELETE FROM daily_feature_users WHERE org_id = $1", [orgId]);
  await db.query(
    `INSERT INTO daily_feature_users (org_id, day, feature_id, end_user_id)
     SELECT DISTINCT org_id, (ts AT TIME ZONE 'UTC')::date, feature_id, end_user_id
       FROM usage_events WHERE org_id = $1 AND end_user_id IS NOT NULL`,
    [orgId],
  );
}
