// Per-org lookups the ingest path needs on every batch, cached in memory: price
// overrides, tier assignments, and team/feature key → id maps. The cache is
// keyed by the org's pricing_version, which every ingest transaction reads after
// taking the ingest lock: a price or tier change committed by any process is
// therefore used by the very next batch in every process (no stale window).
// Unknown keys are created (flagged unregistered) inside the caller's transaction.
import "server-only";
import type pg from "pg";
import { sqlRows, type Queryable } from "@/lib/database/pool";
import { LruCache } from "@/lib/cache/lru";
import { indexOverrides, type OrgPricing } from "@/lib/pricing/resolve";
import type { Tier } from "@/lib/pricing/tiers";

const MAX_ORGS = 1000;

export type OrgContext = OrgPricing & {
  teams: Map<string, string>;
  features: Map<string, string>;
  /** `provider/model` pairs that already have a model_tiers row */
  models: Set<string>;
  pricingVersion: bigint;
};
const contexts = new LruCache<string, OrgContext>(MAX_ORGS);

/** Forget an org's cached context in this process (other processes notice the version bump). */
export function invalidateOrgContext(orgId: string): void {
  contexts.delete(orgId);
}

/** The org's pricing version; read it after taking the ingest lock. */
export async function readPricingVersion(db: Queryable, orgId: string): Promise<bigint> {
  const [row] = await sqlRows<{ v: bigint }>(db, `SELECT pricing_version AS v FROM orgs WHERE id = $1`, [orgId]);
  return row?.v ?? 0n;
}

/** Make every process price the org's next batch with its current prices and tiers (call in the changing transaction). */
export async function bumpPricingVersion(db: Queryable, orgId: string): Promise<void> {
  await db.query(`UPDATE orgs SET pricing_version = pricing_version + 1 WHERE id = $1`, [orgId]);
}

/** The org's context at `version`, from the cache or loaded through `db` (the caller's connection). */
export async function getOrgContext(db: Queryable, orgId: string, version: bigint): Promise<OrgContext> {
  const cached = contexts.get(orgId);
  if (cached && cached.pricingVersion === version) return cached;
  // sequential on one connection: the caller holds it inside a transaction
  const overrides = await sqlRows<{ provider: string; model: string; effective_from: Date; i: bigint; o: bigint; cr: bigint | null; cw: bigint | null; pr: bigint | null }>(
    db,
    `SELECT provider, model, effective_from, input_per_mtok_nano AS i, output_per_mtok_nano AS o,
            cache_read_per_mtok_nano AS cr, cache_write_per_mtok_nano AS cw, per_request_nano AS pr
       FROM price_overrides WHERE org_id = $1`,
    [orgId],
  );
  const tiers = await sqlRows<{ provider: string; model: string; tier: Tier; manual: boolean }>(db, `SELECT provider, model, tier, manual FROM model_tiers WHERE org_id = $1`, [orgId]);
  const teams = await sqlRows<{ key: string; id: string }>(db, `SELECT key, id FROM teams WHERE org_id = $1`, [orgId]);
  const features = await sqlRows<{ key: string; id: string }>(db, `SELECT key, id FROM features WHERE org_id = $1`, [orgId]);
  const ctx: OrgContext = {
    overrides: indexOverrides(
      overrides.map((r) => ({
        provider: r.provider,
        model: r.model,
        effectiveFrom: r.effective_from,
        prices: { inputPerMtokNano: r.i, outputPerMtokNano: r.o, cacheReadPerMtokNano: r.cr, cacheWritePerMtokNano: r.cw, perRequestNano: r.pr ?? 0n },
      })),
    ),
    tiers: new Map(tiers.filter((t) => t.manual).map((t) => [`${t.provider}/${t.model}`, t.tier])),
    models: new Set(tiers.map((t) => `${t.provider}/${t.model}`)),
    teams: new Map(teams.map((t) => [t.key, t.id])),
    features: new Map(features.map((f) => [f.key, f.id])),
    pricingVersion: version,
  };
  contexts.set(orgId, ctx);
  return ctx;
}

/**
 * Create the team and feature keys this batch needs and the org doesn't have yet,
 * flagged unregistered. Runs in the caller's transaction; returns key → id for them.
 */
export async function createMissingKeys(
  client: pg.PoolClient,
  orgId: string,
  teamKeys: string[],
  featureKeys: { key: string; teamKey: string }[],
  known: Map<string, string>,
): Promise<{ teams: Map<string, string>; features: Map<string, string> }> {
  const teams = new Map<string, string>();
  if (teamKeys.length) {
    const rows = await sqlRows<{ key: string; id: string }>(
      client,
      `INSERT INTO teams (org_id, key, name, registered) SELECT $1, k, k, false FROM unnest($2::text[]) AS k ORDER BY k
       ON CONFLICT (org_id, key) DO UPDATE SET key = EXCLUDED.key RETURNING key, id`,
      [orgId, [...teamKeys].sort()],
    );
    for (const r of rows) teams.set(r.key, r.id);
  }
  const features = new Map<string, string>();
  if (featureKeys.length) {
    const sorted = [...featureKeys].sort((a, b) => a.key.localeCompare(b.key));
    const rows = await sqlRows<{ key: string; id: string }>(
      client,
      `INSERT INTO features (org_id, key, name, team_id, registered)
       SELECT $1, k, k, t, false FROM unnest($2::text[], $3::uuid[]) AS x(k, t) ORDER BY k
       ON CONFLICT (org_id, key) DO UPDATE SET key = EXCLUDED.key RETURNING key, id`,
      [orgId, sorted.map((f) => f.key), sorted.map((f) => teams.get(f.teamKey) ?? known.get(f.teamKey) ?? null)],
    );
    for (const r of rows) features.set(r.key, r.id);
  }
  return { teams, features };
}

/** Record the default tier of models this org has not sent before (in the caller's transaction). */
export async function recordNewModels(client: pg.PoolClient, orgId: string, models: { provider: string; model: string; tier: Tier }[]): Promise<void> {
  if (!models.length) return;
  const sorted = [...models].sort((a, b) => `${a.provider}/${a.model}`.localeCompare(`${b.provider}/${b.model}`));
  await client.query(
    `INSERT INTO model_tiers (org_id, provider, model, tier)
     SELECT $1, p, m, t::"ModelTier" FROM unnest($2::text[], $3::text[], $4::text[]) AS x(p, m, t)
     ON CONFLICT (org_id, provider, model) DO NOTHING`,
    [orgId, sorted.map((m) => m.provider), sorted.map((m) => m.model), sorted.map((m) => m.tier)],
  );
}
