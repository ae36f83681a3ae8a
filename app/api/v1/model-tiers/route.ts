// GET /api/v1/model-tiers – models used and their tiers · PUT – set a model's tier (admin)
import { memberRoute } from "@/lib/api/route";
import { listModelTiers, setModelTier } from "@/lib/pricing/tier-queries";
import { setTierSchema } from "@/lib/pricing/schemas";

export const dynamic = "force-dynamic";

export const GET = memberRoute({}, async ({ member }) => ({ models: await listModelTiers(member.orgId) }));

export const PUT = memberRoute({ roles: ["admin"], body: setTierSchema }, async ({ member, body }) => setModelTier(member.orgId, member.userId, body));
