// Model tiers of an org: the models it has used with their tier (default from
// price bands, or set by an admin) and 30-day traffic (cost as an exact decimal
// string: the numeric sum can exceed int8); admins change a tier.
import "server-only";
import { getPool, getPrisma } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { recordAudit } from "@/lib/audit/record";
import { invalidateOrgContext } from "@/lib/ingest/org-context";
import type { ModelTierRow, SetTier } from "@/lib/pricing/schemas";
import { TIERS, type Tier } from "@/lib/pricing/tiers";

/** Listing order: the dearest tier first. */
const TIERS_DEAREST_FIRST = [...TIERS].reverse();

export async function listModelTiers(orgId: string): Promise<ModelTierRow[]> {
  const rows = await sqlRows<{ provider: string; model: string; tier: Tier; manual: boolean; requests: bigint; cost: string }>(
    getPool(),
    `SELECT mt.provider, mt.model, mt.tier, mt.manual,
            coalesce(sum(r.requests), 0)::int8 AS requests, coalesce(sum(r.cost_nano), 0) AS cost
       FROM model_tiers mt
       LEFT JOIN daily_rollups r ON r.org_id = mt.org_id AND r.provider = mt.provider AND r.model = mt.model AND r.day >= current_date - 29
      WHERE mt.org_id = $1
      GROUP BY mt.provider, mt.model, mt.tier, mt.manual
      ORDER BY array_position($2::text[], mt.tier::text), requests DESC`,
    [orgId, TIERS_DEAREST_FIRST],
  );
  return rows.map((r) => ({ provider: r.provider, model: r.model, tier: r.tier, manual: r.manual, requests30d: Number(r.requests), costNano30d: r.cost }));
}

export async function setModelTier(orgId: string, actorUserId: string, input: SetTier) {
  await getPrisma().modelTierAssignment.upsert({
    where: { orgId_provider_model: { orgId, provider: input.provider, model: input.model } },
    update: { tier: input.tier, manual: true },
    create: { orgId, provider: input.provider, model: input.model, tier: input.tier, manual: true },
  });
  invalidateOrgContext(orgId);
  await recordAudit(orgId, actorUserId, "model_tier.set", `${input.provider}/${input.model}`, { tier: input.tier });
  return input;
}
