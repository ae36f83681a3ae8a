// Queue webhook deliveries: one per enabled endpoint per new alert (inside the
// transaction that raises the alerts, so an alert is never stored without its
// notifications), and the "send test" delivery. Each delivery gets its message id
// and its body now; the job (lib/webhooks/deliver.ts) only sends them.
import "server-only";
import type pg from "pg";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { getPool } from "@/lib/db";
import { AppError, notFound } from "@/lib/api/errors";
import { getQueue, queueExecutor } from "@/lib/queue/boss";
import { DELIVER_JOB, type DeliverJobData } from "@/lib/webhooks/job-names";
import { alertLink, slackAlertMessage, slackTestMessage, standardAlertEvent, standardTestEvent, type AlertForWebhook, type WebhookEventType } from "@/lib/webhooks/payload";
import { newWebhookId } from "@/lib/webhooks/signing";

type NewDelivery = { endpoint_id: string; alert_id: string | null; webhook_id: string; event_type: WebhookEventType; payload: unknown };

async function insertAndEnqueue(client: pg.PoolClient, orgId: string, deliveries: NewDelivery[]): Promise<{ id: string; webhookId: string }[]> {
  const rows = await sqlRows<{ id: string; webhook_id: string }>(
    client,
    `INSERT INTO webhook_deliveries (org_id, endpoint_id, alert_id, webhook_id, event_type, payload)
     SELECT $1::uuid, x.endpoint_id, x.alert_id, x.webhook_id, x.event_type, x.payload
       FROM json_to_recordset($2::json) AS x(endpoint_id uuid, alert_id uuid, webhook_id text, event_type text, payload jsonb)
     RETURNING id, webhook_id`,
    [orgId, JSON.stringify(deliveries)],
  );
  const boss = await getQueue();
  for (const r of rows) {
    const data: DeliverJobData = { orgId, deliveryId: r.id, attempt: 1 };
    await boss.send(DELIVER_JOB, data, { db: queueExecutor(client) });
  }
  return rows.map((r) => ({ id: r.id, webhookId: r.webhook_id }));
}

/** Queue one delivery per enabled endpoint of the org for each of the newly raised alerts (as the insert returned them), in the caller's transaction. */
export async function queueAlertDeliveries(client: pg.PoolClient, orgId: string, alerts: AlertForWebhook[]): Promise<void> {
  if (alerts.length === 0) return;
  const endpoints = await sqlRows<{ id: string; format: "slack" | "standard" }>(client, `SELECT id, format FROM webhook_endpoints WHERE org_id = $1 AND enabled ORDER BY created_at`, [orgId]);
  if (endpoints.length === 0) return;
  const deliveries: NewDelivery[] = [];
  for (const alert of alerts) {
    const link = alertLink(process.env.NEXTAUTH_URL, alert.id);
    for (const e of endpoints) {
      const payload = e.format === "slack" ? slackAlertMessage(alert, link) : standardAlertEvent(alert, link);
      deliveries.push({ endpoint_id: e.id, alert_id: alert.id, webhook_id: newWebhookId(), event_type: "alert.created", payload });
    }
  }
  await insertAndEnqueue(client, orgId, deliveries);
}

/** Queue a `webhook.test` delivery to one endpoint of the org (404 for another org's; 409 when disabled). */
export async function queueTestDelivery(orgId: string, endpointId: string, now: Date = new Date()): Promise<{ deliveryId: string; webhookId: string }> {
  return withTransaction(getPool(), async (client) => {
    const [e] = await sqlRows<{ format: "slack" | "standard"; enabled: boolean; org_name: string }>(
      client,
      `SELECT e.format, e.enabled, o.name AS org_name FROM webhook_endpoints e JOIN orgs o ON o.id = e.org_id WHERE e.org_id = $1 AND e.id = $2`,
      [orgId, endpointId],
    );
    if (!e) throw notFound("webhook");
    if (!e.enabled) throw new AppError(409, "webhook_disabled", "This webhook is disabled; enable it to send a test.");
    const payload = e.format === "slack" ? slackTestMessage(e.org_name) : standardTestEvent(now, e.org_name);
    const [d] = await insertAndEnqueue(client, orgId, [{ endpoint_id: endpointId, alert_id: null, webhook_id: newWebhookId(), event_type: "webhook.test", payload }]);
    return { deliveryId: d.id, webhookId: d.webhookId };
  });
}
