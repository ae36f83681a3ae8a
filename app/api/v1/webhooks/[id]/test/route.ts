// POST /api/v1/webhooks/:id/test – queue a webhook.test delivery to the endpoint (admin); 202 with its id
import { jsonResponse } from "@/lib/api/json";
import { memberRoute, uuidParam } from "@/lib/api/route";
import { queueTestDelivery } from "@/lib/webhooks/dispatch";

export const dynamic = "force-dynamic";

export const POST = memberRoute({ roles: ["admin"] }, async ({ member, params }) =>
  jsonResponse(await queueTestDelivery(member.orgId, uuidParam(params.id, "webhook")), 202),
);
