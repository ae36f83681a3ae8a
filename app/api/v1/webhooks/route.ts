// GET /api/v1/webhooks – the org's webhook endpoints (admin) · POST – add one; a signing secret is in this response only
import { jsonResponse } from "@/lib/api/json";
import { memberRoute } from "@/lib/api/route";
import { createWebhook, listWebhooks } from "@/lib/webhooks/queries";
import { createWebhookSchema } from "@/lib/webhooks/schemas";

export const dynamic = "force-dynamic";

export const GET = memberRoute({ roles: ["admin"] }, async ({ member }) => ({ webhooks: await listWebhooks(member.orgId) }));

export const POST = memberRoute({ roles: ["admin"], body: createWebhookSchema }, async ({ member, body }) =>
  jsonResponse(await createWebhook(member.orgId, member.userId, body), 201),
);
