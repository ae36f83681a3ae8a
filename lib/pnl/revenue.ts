// Record monthly revenue per feature: each item is validated on its own (a bad one
// is rejected naming the field, the rest are stored), feature keys are resolved in
// the caller's org only, and a feature × month is idempotent: the last write wins,
// and every change is audited with the amount before and after, in one transaction.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { usdToNano } from "@/lib/money";
import { revenueItemSchema, type RevenueResponse, type RevenueResult } from "@/lib/pnl/revenue-schemas";

/**
 * Who writes revenue. `teamIds` (a lead) limits which features may be written:
 * those of the teams they lead; admins and API keys write any feature of the org.
 */
export type RevenueActor = { userId: string | null; via: "api" | "ui" | "csv"; keyId?: string; teamIds?: ReadonlySet<string> };

type Valid = { index: number; feature: string; month: string; amountNano: bigint };

export async function recordRevenue(orgId: string, actor: RevenueActor, items: unknown[]): Promise<RevenueResponse> {
  const results: RevenueResult[] = new Array(items.length);
  const valid: Valid[] = [];
  items.forEach((item, index) => {
    const parsed = revenueItemSchema.safeParse(item);
    const raw = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    const ids = { feature: typeof raw.feature === "string" ? raw.feature.slice(0, 100) : null, month: typeof raw.month === "string" ? raw.month.slice(0, 7) : null };
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path.map(String).join(".") || undefined;
      results[index] = { index, ...ids, status: "rejected", error: { code: issue.code === "unrecognized_keys" ? "unknown_field" : "invalid_field", ...(field ? { field } : {}), message: issue.message } };
    } else {
      valid.push({ index, feature: parsed.data.feature, month: parsed.data.month, amountNano: usdToNano(parsed.data.revenueUsd) });
    }
  });

  if (valid.length) {
    const features = await sqlRows<{ key: string; id: string; revenue_model: string; team_id: string | null }>(
      getPool(),
      `SELECT key, id, revenue_model, team_id FROM features WHERE org_id = $1 AND key = ANY($2)`,
      [orgId, [...new Set(valid.map((v) => v.feature))]],
    );
    const byKey = new Map(features.map((f) => [f.key, f]));
    const storable: (Valid & { featureId: string })[] = [];
    for (const v of valid) {
      const f = byKey.get(v.feature);
      const ids = { feature: v.feature, month: v.month };
      if (!f) results[v.index] = { index: v.index, ...ids, status: "rejected", error: { code: "unknown_feature", field: "feature", message: "no feature with this key in your org" } };
      else if (actor.teamIds && !(f.team_id && actor.teamIds.has(f.team_id)))
        results[v.index] = { index: v.index, ...ids, status: "rejected", error: { code: "forbidden", field: "feature", message: "you can enter revenue only for features of the teams you lead" } };
      else if (f.revenue_model !== "monthly")
        results[v.index] = { index: v.index, ...ids, status: "rejected", error: { code: "derived_revenue", field: "feature", message: `this feature's revenue is derived (${f.revenue_model}); set its revenue model to monthly to enter revenue` } };
      else storable.push({ ...v, featureId: f.id });
    }
    if (storable.length) await store(orgId, actor, storable);
    for (const s of storable) results[s.index] = { index: s.index, feature: s.feature, month: s.month, status: "stored" };
  }
  const stored = results.filter((r) => r.status === "stored").length;
  return { stored, rejected: results.length - stored, results };
}

async function store(orgId: string, actor: RevenueActor, items: (Valid & { featureId: string })[]): Promise<void> {
  // the last item for a feature × month wins; rows are locked in one order so concurrent writers cannot deadlock
  const last = new Map<string, Valid & { featureId: string }>();
  for (const i of items) last.set(`${i.featureId}|${i.month}`, i);
  const rows = [...last.values()].sort((a, b) => (a.featureId + a.month).localeCompare(b.featureId + b.month));
  await withTransaction(getPool(), async (client) => {
    const params = [orgId, rows.map((r) => r.featureId), rows.map((r) => r.month)];
    // lock and read the current amounts first (a lock taken in the same statement as
    // the upsert would skip the rows that statement itself changes)
    const before = await sqlRows<{ feature_id: string; month: string; amount: string }>(
      client,
      `SELECT r.feature_id, to_char(r.month, 'YYYY-MM') AS month, r.amount_nano::text AS amount
         FROM feature_revenues r JOIN unnest($2::uuid[], $3::text[]) AS x(f, m) ON r.feature_id = x.f AND r.month = (x.m || '-01')::date
        WHERE r.org_id = $1 ORDER BY r.feature_id, r.month FOR UPDATE OF r`,
      params,
    );
    await client.query(
      `INSERT INTO feature_revenues (org_id, feature_id, month, amount_nano, source, updated_at)
       SELECT $1, f, (m || '-01')::date, a::int8, $5, now() FROM unnest($2::uuid[], $3::text[], $4::text[]) AS x(f, m, a) ORDER BY 2, 3
       ON CONFLICT (org_id, feature_id, month) DO UPDATE SET amount_nano = EXCLUDED.amount_nano, source = EXCLUDED.source, updated_at = now()`,
      [...params, rows.map((r) => r.amountNano.toString()), actor.via],
    );
    const old = new Map(before.map((b) => [`${b.feature_id}|${b.month}`, b.amount]));
    const changed = rows
      .map((r) => ({ feature: r.feature, month: r.month, before: old.get(`${r.featureId}|${r.month}`) ?? null, after: r.amountNano.toString() }))
      .filter((c) => c.before !== c.after);
    if (!changed.length) return;
    await client.query(
      `INSERT INTO audit_logs (org_id, actor_user_id, action, target, details)
       SELECT $1, $2, 'revenue.set', t, d::jsonb FROM unnest($3::text[], $4::text[]) AS x(t, d)`,
      [
        orgId,
        actor.userId,
        changed.map((c) => `${c.feature}/${c.month}`),
        changed.map((c) => JSON.stringify({ beforeNano: c.before, afterNano: c.after, via: actor.via, ...(actor.keyId ? { apiKeyId: actor.keyId } : {}) })),
      ],
    );
  });
}
