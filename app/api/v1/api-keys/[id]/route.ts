// DELETE /api/v1/api-keys/:id – revoke a key (admin); requests with it get 401 from then on
import { memberRoute, uuidParam } from "@/lib/api/route";
import { revokeApiKey } from "@/lib/api-keys/queries";

export const dynamic = "force-dynamic";

export const DELETE = memberRoute({ roles: ["admin"] }, async ({ member, params }) => revokeApiKey(member.orgId, member.userId, uuidParam(params.id, "API key")));
