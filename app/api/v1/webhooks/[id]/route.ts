// PATCH /api/v1/webhooks/:id – rename, enable/disable or change the URL (admin) · DELETE – remove it with its history
import { memberRoute, uuidParam } from "@/lib/api/route";
import { deleteWebhook, updateWebhook } from "@/lib/webhooks/queries";
import { updateWebhookSchema } from "@/lib/webhooks/schemas";

export const dynamic = "force-dynamic";

export const PATCH = memberRoute({ roles: ["admin"], body: updateWebhookSchema }, async ({ member, params, body }) =>
  updateWebhook(member.orgId, member.userId, uuidParam(params.id, "webhook"), body),
);

export const DELETE = memberRoute({ roles: ["admin"] }, async ({ member, params }) => deleteWebhook(member.orgId, member.userId, uuidParam(params.id, "webhook")));
