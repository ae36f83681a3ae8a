// Recompute an org's daily rollups from raw events with set-based statements,
// for all days or from `fromDay` on (after bulk loads such as the demo data, or
// after re-pricing). The ingest path maintains them incrementally instead.
// Run it inside a transaction: it waits for in-flight ingest batches of the org.
import type { Queryable } from "@/lib/database/pool";
import { featureUsersSelect, ROLLUP_COLUMNS, ROLLUP_GROUP, rollupSelect } from "@/lib/rollups/sql";
import { exclusiveRollupLock } from "@/lib/rollups/lock";

export async function rebuildDailyRollups(db: Queryable, orgId: string, opts: { fromDay?: string } = {}): Promise<void> {
  const from = opts.fromDay ?? "0001-01-01";
  const since = `ts >= $2::date::timestamp AT TIME ZONE 'UTC'`;
  await db.query(exclusiveRollupLock(orgId));
  await db.query("DELETE FROM daily_rollups WHERE org_id = $1 AND day >= $2::date", [orgId, from]);
  await db.query(`INSERT INTO daily_rollups (${ROLLUP_COLUMNS}) SELECT ${rollupSelect("0")} FROM usage_events WHERE org_id = $1 AND ${since} ${ROLLUP_GROUP}`, [orgId, from]);
  await db.query("DELETE FROM daily_feature_users WHERE org_id = $1 AND day >= $2::date", [orgId, from]);
  await db.query(
    `INSERT INTO daily_feature_users (org_id, day, feature_id, end_user_id, shard)
     SELECT ${featureUsersSelect("0")} FROM usage_events WHERE org_id = $1 AND ${since} AND end_user_id IS NOT NULL`,
    [orgId, from],
  );
}
