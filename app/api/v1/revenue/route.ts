// POST /api/v1/revenue – monthly revenue per feature; idempotent per feature × month.
// An API key with the revenue scope writes any feature of its org; a signed-in admin
// too; a lead only the features of the teams they lead (others are rejected per item).
import { apiKeyRoute } from "@/lib/api/api-key-route";
import { jsonResponse } from "@/lib/api/json";
import { byAuthorization } from "@/lib/api/read-route";
import { memberRoute } from "@/lib/api/route";
import { ledTeamIds } from "@/lib/auth/team-leads";
import { readJsonBody } from "@/lib/ingest/body";
import { recordRevenue } from "@/lib/pnl/revenue";
import { revenueBodySchema } from "@/lib/pnl/revenue-schemas";

export const dynamic = "force-dynamic";

const respond = (result: Awaited<ReturnType<typeof recordRevenue>>) => jsonResponse(result, result.rejected > 0 ? 207 : 200);

const viaKey = apiKeyRoute({ scope: "revenue" }, async ({ key, req }) => {
  const { items } = revenueBodySchema.parse(await readJsonBody(req));
  return respond(await recordRevenue(key.orgId, { userId: null, via: "api", keyId: key.keyId }, items));
});

const viaSession = memberRoute({ roles: ["admin", "lead"], body: revenueBodySchema }, async ({ member, body }) => {
  const teamIds = member.role === "admin" ? undefined : await ledTeamIds(member.orgId, member.userId);
  return respond(await recordRevenue(member.orgId, { userId: member.userId, via: "ui", teamIds }, body.items));
});

export const POST = byAuthorization(viaKey, viaSession);
