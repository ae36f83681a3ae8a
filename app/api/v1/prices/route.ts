// GET /api/v1/prices – overrides and models without a price · POST – add an override (admin); re-prices stored unpriced events
import { jsonResponse } from "@/lib/api/json";
import { memberRoute } from "@/lib/api/route";
import { createPriceOverrideSchema } from "@/lib/pricing/schemas";
import { createPriceOverride, listPriceOverrides, listUnpricedModels } from "@/lib/pricing/overrides";

export const dynamic = "force-dynamic";

export const GET = memberRoute({}, async ({ member }) => ({
  overrides: await listPriceOverrides(member.orgId),
  unpriced: await listUnpricedModels(member.orgId),
}));

export const POST = memberRoute({ roles: ["admin"], body: createPriceOverrideSchema }, async ({ member, body }) =>
  jsonResponse(await createPriceOverride(member.orgId, member.userId, body), 201),
);
