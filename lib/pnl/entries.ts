// The P&L's monthly inputs per feature: revenue (one amount per feature × month)
// and other AI costs (one per feature × month × category). Each item is validated
// on its own (a bad one is rejected naming the field, the rest are stored), feature
// keys are resolved in the caller's org only, an entry is idempotent (the last write
// wins), and every change is audited with the amount before and after, in one
// transaction.
import "server-only";
import type { z } from "zod";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { usdToNano } from "@/lib/money";
import { costItemSchema, revenueItemSchema, type CostsResponse, type EntryResult, type RevenueResponse } from "@/lib/pnl/entry-schemas";

/**
 * Who writes. `teamIds` (a lead) limits which features may be written: those of
 * the teams they lead; admins and API keys write any feature of the org.
 */
export type EntryActor = { userId: string | null; via: "api" | "ui" | "csv"; keyId?: string; teamIds?: ReadonlySet<string> };

type Entry = { index: number; feature: string; month: string; category: string | null; amountNano: bigint; note: string | null };
type Feature = { key: string; id: string; revenue_model: string; team_id: string | null };

/** How one kind of entry is parsed, checked against its feature, stored and audited. */
type Kind<S extends z.ZodType> = {
  schema: S;
  toEntry: (data: z.infer<S>) => Omit<Entry, "index">;
  /** a reason this feature cannot take the entry, or null */
  refuse?: (f: Feature) => { code: string; message: string } | null;
  table: "feature_revenues" | "feature_costs";
  action: "revenue.set" | "cost.set";
  noun: string;
};

const REVENUE: Kind<typeof revenueItemSchema> = {
  schema: revenueItemSchema,
  toEntry: (d) => ({ feature: d.feature, month: d.month, category: null, amountNano: usdToNano(d.revenueUsd), note: null }),
  refuse: (f) =>
    f.revenue_model === "monthly" ? null : { code: "derived_revenue", message: `this feature's revenue is derived (${f.revenue_model}); set its revenue model to monthly to enter revenue` },
  table: "feature_revenues",
  action: "revenue.set",
  noun: "revenue",
};

const COSTS: Kind<typeof costItemSchema> = {
  schema: costItemSchema,
  toEntry: (d) => ({ feature: d.feature, month: d.month, category: d.category, amountNano: usdToNano(d.amountUsd), note: d.note || null }),
  table: "feature_costs",
  action: "cost.set",
  noun: "costs",
};

export async function recordRevenue(orgId: string, actor: EntryActor, items: unknown[]): Promise<RevenueResponse> {
  const { stored, rejected, results } = await recordEntries(orgId, actor, items, REVENUE);
  return { stored, rejected, results: results.map(({ category: _, ...r }) => r) };
}

export async function recordOtherCosts(orgId: string, actor: EntryActor, items: unknown[]): Promise<CostsResponse> {
  const out = await recordEntries(orgId, actor, items, COSTS);
  return { ...out, results: out.results.map((r) => ({ ...r, category: r.category ?? null })) };
}

async function recordEntries<S extends z.ZodType>(orgId: string, actor: EntryActor, items: unknown[], kind: Kind<S>) {
  const results: EntryResult[] = new Array(items.length);
  const valid: Entry[] = [];
  items.forEach((item, index) => {
    const parsed = kind.schema.safeParse(item);
    const raw = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    const str = (v: unknown, n: number) => (typeof v === "string" ? v.slice(0, n) : null);
    const ids = { feature: str(raw.feature, 100), month: str(raw.month, 7), category: str(raw.category, 40) };
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path.map(String).join(".") || undefined;
      results[index] = { index, ...ids, status: "rejected", error: { code: issue.code === "unrecognized_keys" ? "unknown_field" : "invalid_field", ...(field ? { field } : {}), message: issue.message } };
    } else {
      valid.push({ index, ...kind.toEntry(parsed.data) });
    }
  });

  if (valid.length) {
    const features = await sqlRows<Feature>(getPool(), `SELECT key, id, revenue_model, team_id FROM features WHERE org_id = $1 AND key = ANY($2)`, [orgId, [...new Set(valid.map((v) => v.feature))]]);
    const byKey = new Map(features.map((f) => [f.key, f]));
    const storable: (Entry & { featureId: string })[] = [];
    for (const v of valid) {
      const f = byKey.get(v.feature);
      const ids = { feature: v.feature, month: v.month, category: v.category };
      const refusal = !f
        ? { code: "unknown_feature", message: "no feature with this key in your org" }
        : actor.teamIds && !(f.team_id && actor.teamIds.has(f.team_id))
          ? { code: "forbidden", message: `you can enter ${kind.noun} only for features of the teams you lead` }
          : (kind.refuse?.(f) ?? null);
      if (refusal || !f) results[v.index] = { index: v.index, ...ids, status: "rejected", error: { ...refusal!, field: "feature" } };
      else storable.push({ ...v, featureId: f.id });
    }
    if (storable.length) await store(orgId, actor, storable, kind);
    for (const s of storable) results[s.index] = { index: s.index, feature: s.feature, month: s.month, category: s.category, status: "stored" };
  }
  const stored = results.filter((r) => r.status === "stored").length;
  return { stored, rejected: results.length - stored, results };
}

async function store(orgId: string, actor: EntryActor, items: (Entry & { featureId: string })[], kind: Kind<z.ZodType>): Promise<void> {
  // the last item for an entry wins; rows are locked in one order so concurrent writers cannot deadlock
  const last = new Map<string, Entry & { featureId: string }>();
  const id = (i: { featureId: string; month: string; category: string | null }) => `${i.featureId}|${i.month}|${i.category ?? ""}`;
  for (const i of items) last.set(id(i), i);
  const rows = [...last.values()].sort((a, b) => id(a).localeCompare(id(b)));
  const t = kind.table;
  await withTransaction(getPool(), async (client) => {
    const params = [orgId, rows.map((r) => r.featureId), rows.map((r) => r.month), rows.map((r) => r.category ?? "")];
    // lock and read the current amounts first (a lock taken in the same statement as
    // the upsert would skip the rows that statement itself changes)
    const before = await sqlRows<{ feature_id: string; month: string; category: string; amount: string }>(
      client,
      `SELECT r.feature_id, to_char(r.month, 'YYYY-MM') AS month, ${t === "feature_costs" ? "r.category" : "''"} AS category, r.amount_nano::text AS amount
         FROM ${t} r JOIN unnest($2::uuid[], $3::text[], $4::text[]) AS x(f, m, c) ON r.feature_id = x.f AND r.month = (x.m || '-01')::date
          ${t === "feature_costs" ? "AND r.category = x.c" : ""}
        WHERE r.org_id = $1 ORDER BY 1, 2, 3 FOR UPDATE OF r`,
      params,
    );
    const amounts = rows.map((r) => r.amountNano.toString());
    if (t === "feature_revenues") {
      await client.query(
        `INSERT INTO feature_revenues (org_id, feature_id, month, amount_nano, source, updated_at)
         SELECT $1, f, (m || '-01')::date, a::int8, $5, now() FROM unnest($2::uuid[], $3::text[], $4::text[]) AS x(f, m, a) ORDER BY 2, 3
         ON CONFLICT (org_id, feature_id, month) DO UPDATE SET amount_nano = EXCLUDED.amount_nano, source = EXCLUDED.source, updated_at = now()`,
        [orgId, params[1], params[2], amounts, actor.via],
      );
    } else {
      await client.query(
        `INSERT INTO feature_costs (org_id, feature_id, month, category, amount_nano, note, updated_at)
         SELECT $1, f, (m || '-01')::date, c, a::int8, n, now() FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(f, m, c, a, n) ORDER BY 2, 3, 4
         ON CONFLICT (org_id, feature_id, month, category) DO UPDATE SET amount_nano = EXCLUDED.amount_nano, note = EXCLUDED.note, updated_at = now()`,
        [...params, amounts, rows.map((r) => r.note)],
      );
    }
    const old = new Map(before.map((b) => [`${b.feature_id}|${b.month}|${b.category}`, b.amount]));
    const changed = rows
      .map((r) => ({ target: [r.feature, r.month, ...(r.category ? [r.category] : [])].join("/"), before: old.get(id(r)) ?? null, after: r.amountNano.toString() }))
      .filter((c) => c.before !== c.after);
    if (!changed.length) return;
    await client.query(
      `INSERT INTO audit_logs (org_id, actor_user_id, action, target, details)
       SELECT $1, $2, $3, t, d::jsonb FROM unnest($4::text[], $5::text[]) AS x(t, d)`,
      [
        orgId,
        actor.userId,
        kind.action,
        changed.map((c) => c.target),
        changed.map((c) => JSON.stringify({ beforeNano: c.before, afterNano: c.after, via: actor.via, ...(actor.keyId ? { apiKeyId: actor.keyId } : {}) })),
      ],
    );
  });
}
