// GET /api/v1/api-keys – the org's keys (admin) · POST – create one; the secret is in this response only
import { jsonResponse } from "@/lib/api/json";
import { memberRoute } from "@/lib/api/route";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { createApiKey, listApiKeys } from "@/lib/api-keys/queries";

export const dynamic = "force-dynamic";

export const GET = memberRoute({ roles: ["admin"] }, async ({ member }) => ({ keys: await listApiKeys(member.orgId) }));

export const POST = memberRoute({ roles: ["admin"], body: createApiKeySchema }, async ({ member, body }) =>
  jsonResponse(await createApiKey(member.orgId, member.userId, body), 201),
);
