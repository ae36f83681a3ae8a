// Per-org price overrides and the list of models without any price. Adding a
// price re-prices the org's stored events of that model from its effective date
// (up to the model's next override), adjusting only the affected rollup days.
import "server-only";
import { getPool, getPrisma } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { usdToNano } from "@/lib/money";
import { recordAudit } from "@/lib/audit/record";
import { bumpPricingVersion, invalidateOrgContext } from "@/lib/ingest/org-context";
import { exclusiveRollupLock } from "@/lib/rollups/lock";
import { repriceOverride } from "@/lib/pricing/reprice";
import { defaultTier } from "@/lib/pricing/tiers";
import type { CreatePriceOverride, PriceOverrideView, UnpricedModel } from "@/lib/pricing/schemas";

export async function listUnpricedModels(orgId: string): Promise<UnpricedModel[]> {
  const rows = await sqlRows<{ provider: string; model: string; requests: bigint; first_seen: string; last_seen: string }>(
    getPool(),
    // per day first: rollup rows are shards holding partial (even negative, after
    // re-pricing) counts, so only a day's sum says whether requests are unpriced
    `SELECT provider, model, sum(n)::int8 AS requests, min(day) AS first_seen, max(day) AS last_seen
       FROM (SELECT provider, model, day, sum(unpriced_requests) AS n FROM daily_rollups
              WHERE org_id = $1 AND unpriced_requests <> 0 GROUP BY provider, model, day HAVING sum(unpriced_requests) > 0) d
      GROUP BY provider, model ORDER BY requests DESC, provider, model`,
    [orgId],
  );
  return rows.map((r) => ({ provider: r.provider, model: r.model, requests: Number(r.requests), firstSeen: r.first_seen, lastSeen: r.last_seen }));
}

export async function listPriceOverrides(orgId: string): Promise<PriceOverrideView[]> {
  const rows = await getPrisma().priceOverride.findMany({ where: { orgId }, orderBy: [{ model: "asc" }, { effectiveFrom: "desc" }] });
  const s = (v: bigint | null) => (v === null ? null : v.toString());
  return rows.map((r) => ({
    id: r.id,
    provider: r.provider,
    model: r.model,
    effectiveFrom: r.effectiveFrom.toISOString().slice(0, 10),
    inputPerMtokNano: r.inputPerMtokNano.toString(),
    outputPerMtokNano: r.outputPerMtokNano.toString(),
    cacheReadPerMtokNano: s(r.cacheReadPerMtokNano),
    cacheWritePerMtokNano: s(r.cacheWritePerMtokNano),
    perRequestNano: s(r.perRequestNano),
  }));
}

/**
 * Add (or replace) an override, then re-price the stored events it governs.
 * The override commits in a short transaction holding the org's ingest lock
 * exclusively: in-flight batches finish first, later ones read the bumped
 * pricing version and use the new price in every process. Re-pricing then runs
 * one affected day per transaction while ingest carries on.
 */
export async function createPriceOverride(
  orgId: string,
  actorUserId: string,
  input: CreatePriceOverride,
  opts: { duringDay?: (day: string) => Promise<void> } = {},
): Promise<{ id: string; repriced: number; days: number }> {
  const nano = (v?: string) => (v === undefined ? null : usdToNano(v));
  const prices = {
    inputPerMtokNano: usdToNano(input.inputPerMtokUsd),
    outputPerMtokNano: usdToNano(input.outputPerMtokUsd),
    cacheReadPerMtokNano: nano(input.cacheReadPerMtokUsd),
    cacheWritePerMtokNano: nano(input.cacheWritePerMtokUsd),
    perRequestNano: nano(input.perRequestUsd) ?? 0n,
  };
  const priceParams = [prices.inputPerMtokNano, prices.outputPerMtokNano, prices.cacheReadPerMtokNano, prices.cacheWritePerMtokNano, nano(input.perRequestUsd)].map((v) => v?.toString() ?? null);
  const id = await withTransaction(
    getPool(),
    async (client) => {
      const [row] = await sqlRows<{ id: string }>(
        client,
        `INSERT INTO price_overrides (org_id, provider, model, effective_from, input_per_mtok_nano, output_per_mtok_nano,
           cache_read_per_mtok_nano, cache_write_per_mtok_nano, per_request_nano)
         VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8, $9)
         ON CONFLICT (org_id, provider, model, effective_from) DO UPDATE SET
           input_per_mtok_nano = EXCLUDED.input_per_mtok_nano, output_per_mtok_nano = EXCLUDED.output_per_mtok_nano,
           cache_read_per_mtok_nano = EXCLUDED.cache_read_per_mtok_nano, cache_write_per_mtok_nano = EXCLUDED.cache_write_per_mtok_nano,
           per_request_nano = EXCLUDED.per_request_nano, repriced_at = NULL
         RETURNING id`,
        [orgId, input.provider, input.model, input.effectiveFrom, ...priceParams],
      );
      // a model first priced here gets its default tier, as at ingest
      await client.query(
        `INSERT INTO model_tiers (org_id, provider, model, tier) VALUES ($1, $2, $3, $4::"ModelTier") ON CONFLICT (org_id, provider, model) DO NOTHING`,
        [orgId, input.provider, input.model, defaultTier(prices)],
      );
      await bumpPricingVersion(client, orgId);
      return row.id;
    },
    `BEGIN; ${exclusiveRollupLock(orgId)}`,
  );
  invalidateOrgContext(orgId);
  const { repriced, days } = await repriceOverride(orgId, id, opts);
  await recordAudit(orgId, actorUserId, "price_override.created", `${input.provider}/${input.model}`, { ...input, repriced, days });
  return { id, repriced, days };
}
