// Per-end-user rules: "any end user above $X in the last N hours". Summed in SQL
// over the window's raw events (the rollups carry no end users); the BRIN index
// on ts bounds the scan to the window. A user alerts at most once per rule per
// window: the dedupe key names the rule, the user and the window-sized bucket of
// `now`, and a user alerted less than a window before `now` (the evaluation time
// stored as details.at) is skipped.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { formatMoney } from "@/lib/format/number";
import { raiseAlerts, type NewAlert } from "@/lib/alerts/create";

/** At most this many users per rule and evaluation (the biggest spenders). */
const USERS_PER_RULE = 20;

type Hit = { rule_id: string; window_hours: number; threshold_nano: bigint; feature_key: string | null; feature_name: string | null; end_user_id: string; cost: string; requests: bigint };

export async function evaluateUserSpendRules(orgId: string, now: Date): Promise<string[]> {
  const hits = await sqlRows<Hit>(
    getPool(),
    `SELECT r.id AS rule_id, r.window_hours, r.threshold_nano, f.key AS feature_key, f.name AS feature_name, u.end_user_id, u.cost, u.requests
       FROM alert_rules r
       LEFT JOIN features f ON f.org_id = r.org_id AND f.id = r.feature_id
       CROSS JOIN LATERAL (
         SELECT e.end_user_id, sum(e.cost_nano) AS cost, count(*) AS requests
           FROM usage_events e
          WHERE e.org_id = r.org_id AND e.ts > $2::timestamptz - make_interval(hours => r.window_hours) AND e.ts <= $2
            AND e.end_user_id IS NOT NULL AND (r.feature_id IS NULL OR e.feature_id = r.feature_id)
          GROUP BY e.end_user_id
         HAVING sum(e.cost_nano) > r.threshold_nano
          ORDER BY 2 DESC, 1 LIMIT ${USERS_PER_RULE}) u
      WHERE r.org_id = $1 AND r.enabled
        AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.org_id = r.org_id AND a.kind = 'user_spend'
                           AND a.details->>'ruleId' = r.id::text AND a.details->>'endUserId' = u.end_user_id
                           AND (a.details->>'at')::timestamptz > $2::timestamptz - make_interval(hours => r.window_hours))`,
    [orgId, now],
  );
  const alerts: NewAlert[] = hits.map((h) => {
    const bucket = Math.floor(now.getTime() / (h.window_hours * 3_600_000));
    const scope = h.feature_name ? `on ${h.feature_name}` : "across all features";
    return {
      kind: "user_spend",
      dedupeKey: `user:${h.rule_id}:${h.end_user_id}:${bucket}`,
      title: `End user ${h.end_user_id} spent ${formatMoney(h.cost)} in ${h.window_hours} h`,
      message: `${h.end_user_id} spent ${formatMoney(h.cost)} ${scope} in the last ${h.window_hours} hours (${h.requests} requests), above the ${formatMoney(h.threshold_nano)} limit.`,
      details: {
        ruleId: h.rule_id, endUserId: h.end_user_id, feature: h.feature_key, costNano: h.cost, thresholdNano: h.threshold_nano.toString(),
        windowHours: h.window_hours, requests: Number(h.requests), at: now.toISOString(),
        link: `/overview?range=7d${h.feature_key ? `&feature=${encodeURIComponent(h.feature_key)}` : ""}`,
      },
    };
  });
  return raiseAlerts(orgId, alerts);
}
