// Model tiers of an org: the models it has used with their tier (default from
// price bands, or set by an admin) and 30-day traffic (cost as an exact decimal
// string: the numeric sum can exceed int8); admins change a tier.
import "server-only";
import { getPool, getPrisma } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { recordAudit } from "@/lib/audit/record";
import { windowStart } from "@/lib/time/utc-days";
import { invalidateOrgContext } from "@/lib/ingest/org-context";
import type { ModelTierRow, SetTier } from "@/lib/pricing/schemas";
import { TIERS, type Tier } from "@/lib/pricing/tiers";

/** Listing order: the dearest tier first. */
const TIERS_DEAREST_FIRST = [...TIERS].reverse();

/** The org's models with their tier and traffic over the 30 UTC days ending today (`now` injectable for tests). */
export async function listModelTiers(orgId: string, now = new Date()): Promise<ModelTierRow[]> {
  const rows = await sqlRows<{ provider: string; model: string; tier: Tier; manual: boolean; requests: bigint; cost: string }>(
    getPool(),
    `SELECT mt.provider, mt.model, mt.tier, mt.manual,
            coalesce(sum(r.requests), 0)::int8 AS requests, coalesce(sum(r.cost_nano), 0) AS cost
       FROM model_tiers mt
       LEFT JOIN daily_rollups r ON r.org_id = mt.org_id AND r.provider = mt.provider AND r.model = mt.model AND r.day >= $2::date
      WHERE mt.org_id = $1
      GROUP BY mt.provider, mt.model, mt.tier, mt.manual
      ORDER BY array_position($3::text[], mt.tier::text), requests DESC`,
    [orgId, windowStart(30, now), TIERS_DEAREST_FIRST],
  );
  return rows.map((r) => ({ provider: r.provider, model: r.model, tier: r.tier, manual: r.manual, requests30d: Number(r.requests), costNano30d: r.cost }));
}

export async function setModelTier(orgId: string, actorUserId: string, input: SetTier) {
  const prisma = getPrisma();
  await prisma.$transaction([
    prisma.modelTierAssignment.upsert({
      where: { orgId_provider_model: { orgId, provider: input.provider, model: input.model } },
      update: { tier: input.tier, manual: true },
      create: { orgId, provider: input.provider, model: input.model, tier: input.tier, manual: true },
    }),
    // every server process applies the new tier from its next batch on
    prisma.org.update({ where: { id: orgId }, data: { pricingVersion: { increment: 1 } } }),
  ]);
  invalidateOrgContext(orgId);
  await recordAudit(orgId, actorUserId, "model_tier.set", `${input.provider}/${input.model}`, { tier: input.tier });
  return input;
}
