// Webhook endpoints of an org: list, create (the signing secret is returned once),
// update, delete, and the delivery history. Every query is scoped by org; another
// org's endpoint is "not found".
import "server-only";
import { getPrisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { checkWebhookUrl, UnsafeWebhookUrl, type Resolver } from "@/lib/webhooks/address";
import { generateWebhookSecret } from "@/lib/webhooks/signing";
import type { CreateWebhook, DeliveryView, UpdateWebhook, WebhookView } from "@/lib/webhooks/schemas";

const HISTORY_LIMIT = 50;

type EndpointRow = { id: string; name: string; url: string; format: "slack" | "standard"; enabled: boolean; createdAt: Date };
type LastRow = { status: "pending" | "delivered" | "failed"; responseStatus: number | null; createdAt: Date };

const view = (e: EndpointRow, last?: LastRow): WebhookView => ({
  id: e.id,
  name: e.name,
  url: e.url,
  format: e.format,
  enabled: e.enabled,
  createdAt: e.createdAt.toISOString(),
  lastDelivery: last ? { status: last.status, responseStatus: last.responseStatus, createdAt: last.createdAt.toISOString() } : null,
});

/** The URL's host for audit entries (a Slack URL's path is its secret). */
const hostOf = (url: string) => new URL(url).host;

/** 400 with a message people can act on when the URL may not be called. */
async function assertSafeUrl(url: string, resolve?: Resolver): Promise<void> {
  try {
    await checkWebhookUrl(url, resolve);
  } catch (err) {
    if (!(err instanceof UnsafeWebhookUrl)) throw err;
    throw new AppError(400, "webhook_url_refused", `This URL cannot be used: ${err.message}.`, { errors: [{ field: "url", message: err.message }] });
  }
}

export async function listWebhooks(orgId: string): Promise<WebhookView[]> {
  const rows = await getPrisma().webhookEndpoint.findMany({
    where: { orgId },
    orderBy: { createdAt: "asc" },
    include: { deliveries: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, responseStatus: true, createdAt: true } } },
  });
  return rows.map((r) => view(r, r.deliveries[0]));
}

/** The endpoint, or 404 when it does not exist in this org. */
export async function getWebhookOrThrow(orgId: string, id: string) {
  const row = await getPrisma().webhookEndpoint.findUnique({ where: { orgId_id: { orgId, id } } });
  if (!row) throw notFound("webhook");
  return row;
}

export async function createWebhook(orgId: string, actorUserId: string, input: CreateWebhook, resolve?: Resolver): Promise<WebhookView & { secret: string | null }> {
  await assertSafeUrl(input.url, resolve);
  const secret = input.format === "standard" ? generateWebhookSecret() : null;
  const name = input.name?.trim() ?? "";
  const row = await getPrisma().$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({ data: { orgId, name, url: input.url, format: input.format, secret } });
    await recordAudit(orgId, actorUserId, "webhook.created", created.id, { name, format: input.format, host: hostOf(input.url) }, tx);
    return created;
  });
  return { ...view(row), secret };
}

export async function updateWebhook(orgId: string, actorUserId: string, id: string, input: UpdateWebhook, resolve?: Resolver): Promise<WebhookView> {
  await getWebhookOrThrow(orgId, id);
  if (input.url !== undefined) await assertSafeUrl(input.url, resolve);
  const row = await getPrisma().$transaction(async (tx) => {
    const updated = await tx.webhookEndpoint.update({ where: { orgId_id: { orgId, id } }, data: input });
    const changes = { ...input, ...(input.url !== undefined ? { url: undefined, host: hostOf(input.url) } : {}) };
    await recordAudit(orgId, actorUserId, "webhook.updated", id, JSON.parse(JSON.stringify(changes)), tx);
    return updated;
  });
  return view(row);
}

/** Delete the endpoint and its history; its pending retries find nothing and stop. */
export async function deleteWebhook(orgId: string, actorUserId: string, id: string): Promise<{ id: string; deleted: true }> {
  const existing = await getWebhookOrThrow(orgId, id);
  await getPrisma().$transaction(async (tx) => {
    await tx.webhookEndpoint.delete({ where: { orgId_id: { orgId, id } } });
    await recordAudit(orgId, actorUserId, "webhook.deleted", id, { name: existing.name, format: existing.format, host: hostOf(existing.url) }, tx);
  });
  return { id, deleted: true };
}

/** The endpoint's latest deliveries (newest first, at most 50) with every attempt. */
export async function listDeliveries(orgId: string, endpointId: string): Promise<DeliveryView[]> {
  await getWebhookOrThrow(orgId, endpointId);
  const rows = await getPrisma().webhookDelivery.findMany({
    where: { orgId, endpointId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: HISTORY_LIMIT,
    include: { attemptLogs: { orderBy: { attempt: "asc" } } },
  });
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return rows.map((d) => ({
    id: d.id,
    webhookId: d.webhookId,
    eventType: d.eventType,
    alertId: d.alertId,
    status: d.status,
    attempts: d.attempts,
    responseStatus: d.responseStatus,
    error: d.error,
    createdAt: d.createdAt.toISOString(),
    nextAttemptAt: iso(d.nextAttemptAt),
    deliveredAt: iso(d.deliveredAt),
    attemptLog: d.attemptLogs.map((a) => ({ attempt: a.attempt, attemptedAt: a.attemptedAt.toISOString(), responseStatus: a.responseStatus, error: a.error, durationMs: a.durationMs })),
  }));
}
