// Recompute an org's daily rollups from raw events in one set-based statement
// (used after bulk loads such as the demo data; the ingest path maintains them
// incrementally in the same transaction as the events).
import type { Queryable } from "@/lib/database/pool";
import { featureUsersSelect, ROLLUP_COLUMNS, ROLLUP_GROUP, rollupSelect } from "@/lib/rollups/sql";

export async function rebuildDailyRollups(db: Queryable, orgId: string): Promise<void> {
  await db.query("DELETE FROM daily_rollups WHERE org_id = $1", [orgId]);
  await db.query(`INSERT INTO daily_rollups (${ROLLUP_COLUMNS}) SELECT ${rollupSelect("0")} FROM usage_events WHERE org_id = $1 ${ROLLUP_GROUP}`, [orgId]);
  await db.query("DELETE FROM daily_feature_users WHERE org_id = $1", [orgId]);
  await db.query(
    `INSERT INTO daily_feature_users (org_id, day, feature_id, end_user_id, shard)
     SELECT ${featureUsersSelect("0")} FROM usage_events WHERE org_id = $1 AND end_user_id IS NOT NULL`,
    [orgId],
  );
}
