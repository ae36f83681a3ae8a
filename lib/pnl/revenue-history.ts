// A feature's entered monthly revenue with every change to it: the audit rows that
// lib/pnl/entries.ts writes ('revenue.set', target '<key>/<YYYY-MM>', details with
// beforeNano, afterNano, via and the API key's id), with the member's email or the key's name.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { FeatureDetail } from "@/lib/pnl/feature-schemas";

/** Changes listed per month at most (newest kept). */
const HISTORY_PER_MONTH = 20;

type Entry = { month: string; amount: string; source: string; updated_at: Date };
type Change = { month: string; at: Date; email: string | null; key_name: string | null; via: string | null; before: string | null; after: string | null };

/** Revenue rows of `months` (YYYY-MM), newest month first, each with its changes newest first. */
export async function getRevenueEntries(orgId: string, featureId: string, featureKey: string, months: string[]): Promise<FeatureDetail["revenue"]> {
  const pool = getPool();
  const [entries, changes] = await Promise.all([
    sqlRows<Entry>(
      pool,
      `SELECT to_char(month, 'YYYY-MM') AS month, amount_nano::text AS amount, source, updated_at
         FROM feature_revenues WHERE org_id = $1 AND feature_id = $2 AND to_char(month, 'YYYY-MM') = ANY($3::text[]) ORDER BY month DESC`,
      [orgId, featureId, months],
    ),
    sqlRows<Change>(
      pool,
      `SELECT h.month, h.created_at AS at, u.email, k.name AS key_name, h.details->>'via' AS via, h.details->>'beforeNano' AS before, h.details->>'afterNano' AS after
         FROM unnest($3::text[]) AS m(month)
         CROSS JOIN LATERAL (
           SELECT m.month, a.created_at, a.actor_user_id, a.details FROM audit_logs a
            WHERE a.org_id = $1 AND a.action = 'revenue.set' AND a.target = $2 || '/' || m.month
            ORDER BY a.created_at DESC, a.id LIMIT ${HISTORY_PER_MONTH}) h
         LEFT JOIN users u ON u.id = h.actor_user_id
         LEFT JOIN api_keys k ON k.org_id = $1 AND k.id::text = h.details->>'apiKeyId'
        ORDER BY h.month DESC, h.created_at DESC`,
      [orgId, featureKey, months],
    ),
  ]);
  return entries.map((e) => ({
    month: e.month,
    amountNano: e.amount,
    source: e.source,
    updatedAt: e.updated_at.toISOString(),
    history: changes
      .filter((c) => c.month === e.month)
      .map((c) => ({ at: c.at.toISOString(), actorEmail: c.email, apiKeyName: c.key_name, via: c.via, beforeNano: c.before, afterNano: c.after })),
  }));
}
