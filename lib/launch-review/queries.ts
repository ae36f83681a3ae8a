// Launch review data: the priced models the calculator offers, and the org's
// saved reviews (list, save, delete). Every function takes orgId first.
import "server-only";
import { getPool, getPrisma } from "@/lib/db";
import { forbidden, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { getOrgContext, readPricingVersion } from "@/lib/ingest/org-context";
import { listModelTiers } from "@/lib/pricing/tier-queries";
import { launchInputsSchema, launchParams } from "@/lib/launch-review/inputs";
import { buildPriceList } from "@/lib/launch-review/price-list";
import type { CreateLaunchReview, LaunchModels, LaunchReviewView } from "@/lib/launch-review/schemas";

/** The models the calculator prices, at `now` (the org's overrides in effect then, 30-day usage up to then). */
export async function getLaunchModels(orgId: string, now = new Date()): Promise<LaunchModels> {
  const pool = getPool();
  // the org's overrides and manual tiers, as the ingest path holds them (cached per pricing version)
  const [used, pricing] = await Promise.all([listModelTiers(orgId, now), readPricingVersion(pool, orgId).then((v) => getOrgContext(pool, orgId, v))]);
  return buildPriceList(used, pricing, now.getTime());
}

/** How many saved reviews the list shows (newest first). */
export const LAUNCH_REVIEWS_SHOWN = 100;

type Row = { id: string; name: string; inputs: unknown; createdBy: string | null; createdAt: Date };

async function views(rows: Row[]): Promise<LaunchReviewView[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.createdBy ? [r.createdBy] : [])))];
  const users = ids.length ? await getPrisma().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }) : [];
  const who = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  return rows.map((r) => {
    const inputs = launchInputsSchema.parse(r.inputs); // written through the same schema
    return { id: r.id, name: r.name, inputs, query: launchParams(inputs).toString(), createdAt: r.createdAt.toISOString(), createdBy: r.createdBy ? (who.get(r.createdBy) ?? null) : null };
  });
}

export async function listLaunchReviews(orgId: string): Promise<LaunchReviewView[]> {
  const rows = await getPrisma().launchReview.findMany({ where: { orgId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: LAUNCH_REVIEWS_SHOWN });
  return views(rows);
}

export async function createLaunchReview(orgId: string, actorUserId: string, input: CreateLaunchReview): Promise<LaunchReviewView> {
  const row = await getPrisma().$transaction(async (tx) => {
    const created = await tx.launchReview.create({ data: { orgId, name: input.name, inputs: input.inputs, createdBy: actorUserId } });
    await recordAudit(orgId, actorUserId, "launch_review.created", created.id, { name: input.name }, tx);
    return created;
  });
  return (await views([row]))[0];
}

/** Delete one of the org's reviews; another org's id is "not found", like a missing one. */
/** Delete a saved review: admins any of the org's, leads only their own (403 for someone else's). */
export async function deleteLaunchReview(orgId: string, actor: { userId: string; role: string }, id: string): Promise<{ id: string; deleted: true }> {
  const actorUserId = actor.userId;
  await getPrisma().$transaction(async (tx) => {
    const review = await tx.launchReview.findUnique({ where: { orgId_id: { orgId, id } }, select: { createdBy: true } });
    if (!review) throw notFound("launch review");
    if (actor.role !== "admin" && review.createdBy !== actorUserId) throw forbidden("leads can delete only the reviews they saved");
    await tx.launchReview.delete({ where: { orgId_id: { orgId, id } } });
    await recordAudit(orgId, actorUserId, "launch_review.deleted", id, {}, tx);
  });
  return { id, deleted: true };
}
