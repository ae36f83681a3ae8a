// The delivery job: one HTTP attempt of one delivery, then record it and either
// finish (2xx → delivered), schedule the next attempt (a new job with startAfter,
// in the same transaction as the record), or give up (→ failed). Every attempt
// sends the same webhook-id and body with a fresh timestamp and signature.
// Idempotent: the job carries its attempt number, so a job that runs twice finds
// the attempt already recorded (or the delivery finished) and does nothing; if two
// runs race, only one records. Delivery is at-least-once: receivers dedupe on
// webhook-id.
import "server-only";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { getPool } from "@/lib/db";
import { getQueue, queueExecutor } from "@/lib/queue/boss";
import { DELIVER_JOB, type DeliverJobData } from "@/lib/webhooks/job-names";
import { configuredRetryPolicy, nextAttemptAt, type RetryPolicy } from "@/lib/webhooks/retry";
import { sendWebhook, type SendOptions, type SendResult } from "@/lib/webhooks/send";
import { webhookHeaders } from "@/lib/webhooks/signing";

export type DeliverDeps = {
  send: (url: string, headers: Record<string, string>, body: string, opts?: SendOptions) => Promise<SendResult>;
  sendOptions?: SendOptions;
  policy: RetryPolicy;
  now: () => Date;
  random: () => number;
};

const defaultDeps = (): DeliverDeps => ({ send: sendWebhook, policy: configuredRetryPolicy(), now: () => new Date(), random: Math.random });

type Row = { status: string; attempts: number; webhook_id: string; payload: unknown; created_at: Date; url: string; format: string; secret: string | null; enabled: boolean };

export type AttemptOutcome = "skipped" | "delivered" | "retry" | "failed";

/** Run attempt `data.attempt` of a delivery. */
export async function deliverAttempt(data: DeliverJobData, deps: DeliverDeps = defaultDeps()): Promise<AttemptOutcome> {
  const { orgId, deliveryId, attempt } = data;
  const pool = getPool();
  const [d] = await sqlRows<Row>(
    pool,
    `SELECT d.status, d.attempts, d.webhook_id, d.payload, d.created_at, e.url, e.format, e.secret, e.enabled
       FROM webhook_deliveries d JOIN webhook_endpoints e ON e.org_id = d.org_id AND e.id = d.endpoint_id
      WHERE d.org_id = $1 AND d.id = $2`,
    [orgId, deliveryId],
  );
  // gone with its endpoint, finished, or this attempt already made
  if (!d || d.status !== "pending" || d.attempts !== attempt - 1) return "skipped";
  if (!d.enabled) {
    await pool.query(`UPDATE webhook_deliveries SET status = 'failed', error = 'endpoint disabled', next_attempt_at = NULL WHERE org_id = $1 AND id = $2 AND status = 'pending'`, [orgId, deliveryId]);
    return "failed";
  }

  const body = JSON.stringify(d.payload);
  const attemptedAt = deps.now();
  const headers = d.format === "standard" && d.secret ? webhookHeaders(d.secret, d.webhook_id, body, attemptedAt) : {};
  const result = await deps.send(d.url, headers, body, deps.sendOptions);
  const finishedAt = deps.now();
  const next = result.ok || result.refused ? null : nextAttemptAt(d.created_at, finishedAt, attempt, deps.policy, deps.random);
  const outcome: AttemptOutcome = result.ok ? "delivered" : next ? "retry" : "failed";

  return withTransaction(pool, async (c) => {
    const claimed = await c.query(
      `UPDATE webhook_deliveries
          SET attempts = $3, response_status = $4, error = $5, status = $6::text::"DeliveryStatus", next_attempt_at = $7,
              delivered_at = CASE WHEN $6::text = 'delivered' THEN $8::timestamptz END
        WHERE org_id = $1 AND id = $2 AND status = 'pending' AND attempts = $3 - 1`,
      [orgId, deliveryId, attempt, result.status, result.error, outcome === "retry" ? "pending" : outcome, next, finishedAt],
    );
    if (claimed.rowCount === 0) return "skipped" as const; // a concurrent run recorded this attempt first
    await c.query(
      `INSERT INTO webhook_delivery_attempts (org_id, delivery_id, attempt, attempted_at, response_status, error, duration_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [orgId, deliveryId, attempt, attemptedAt, result.status, result.error, result.durationMs],
    );
    if (next) {
      const nextData: DeliverJobData = { orgId, deliveryId, attempt: attempt + 1 };
      await (await getQueue()).send(DELIVER_JOB, nextData, { db: queueExecutor(c), startAfter: next });
    }
    return outcome;
  });
}

/** Pending deliveries whose next attempt is over 15 minutes late: queue that attempt again (a job that still runs makes it a no-op). */
export async function rescueStuckDeliveries(now = new Date()): Promise<number> {
  const stuck = await sqlRows<{ org_id: string; id: string; attempts: number }>(
    getPool(),
    `SELECT org_id, id, attempts FROM webhook_deliveries
      WHERE status = 'pending' AND coalesce(next_attempt_at, created_at) < $1::timestamptz - interval '15 minutes'
      ORDER BY coalesce(next_attempt_at, created_at) LIMIT 500`,
    [now],
  );
  const boss = await getQueue();
  for (const d of stuck) await boss.send(DELIVER_JOB, { orgId: d.org_id, deliveryId: d.id, attempt: d.attempts + 1 } satisfies DeliverJobData);
  return stuck.length;
}
