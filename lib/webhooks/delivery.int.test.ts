// End to end through the real queue: an alert raised with raiseAlerts reaches a
// local receiver; failures are retried (tiny backoff base) with the same
// webhook-id and a fresh valid signature each time; Slack endpoints get Slack JSON.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { raiseAlerts, type NewAlert } from "@/lib/alerts/create";
import { startQueue, stopQueue } from "@/lib/queue/boss";
import { createWebhook, listDeliveries } from "@/lib/webhooks/queries";
import { verifyWebhook } from "@/lib/webhooks/signing";
import { createOrg, createUser } from "@/test/fixtures";
import { eventually, startReceiver } from "@/test/webhook-receiver";

const alert = (): NewAlert => ({
  kind: "budget_threshold",
  dedupeKey: `test-${randomUUID()}`,
  title: "Search at 80% of its monthly budget",
  message: "$800 of $1,000 spent",
  details: { spentNano: "800000000000" },
});

describe("webhook deliveries through the queue", () => {
  let rx: Awaited<ReturnType<typeof startReceiver>>;
  let actor: string;
  const orgs: string[] = [];
  const newOrg = async () => {
    const o = await createOrg(getPool(), "Webhook org");
    orgs.push(o.orgId);
    return o.orgId;
  };

  beforeAll(async () => {
    process.env.COSTWISE_WEBHOOK_RETRY_BASE_MS = "20";
    process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS = "1"; // the receiver is on 127.0.0.1
    rx = await startReceiver();
    actor = await createUser(getPool(), "webhooks");
    await startQueue();
  });
  afterEach(() => {
    process.env.COSTWISE_WEBHOOK_RETRY_BASE_MS = "20";
  });
  afterAll(async () => {
    await stopQueue();
    await rx.close();
    delete process.env.COSTWISE_WEBHOOK_RETRY_BASE_MS;
    delete process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS;
    await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [orgs]);
    await getPool().query(`DELETE FROM users WHERE id = $1`, [actor]);
  });

  it("a receiver answering 500, 500, 200 gets three deliveries with the same webhook-id and valid signatures", async () => {
    const orgId = await newOrg();
    rx.script("/standard", [500, 500, 200]);
    const endpoint = await createWebhook(orgId, actor, { url: rx.url("/standard"), format: "standard", name: "receiver" });
    expect(endpoint.secret).toMatch(/^whsec_/);
    const [alertId] = await raiseAlerts(orgId, [alert()]);

    const [delivery] = await eventually(async () => {
      const d = await listDeliveries(orgId, endpoint.id);
      return d[0]?.status === "delivered" ? d : undefined;
    });
    const got = rx.at("/standard");
    expect(got).toHaveLength(3);
    const ids = new Set(got.map((r) => r.headers["webhook-id"]));
    expect(ids).toEqual(new Set([delivery.webhookId]));
    expect(delivery.webhookId).toMatch(/^msg_/);
    for (const r of got) {
      const ts = String(r.headers["webhook-timestamp"]);
      expect(ts).toMatch(/^\d{10}$/);
      const headers = { id: String(r.headers["webhook-id"]), timestamp: ts, signature: String(r.headers["webhook-signature"]) };
      expect(verifyWebhook(endpoint.secret!, headers, r.body)).toBe(true);
      expect(verifyWebhook(endpoint.secret!, headers, r.body.replace("800", "900"))).toBe(false);
    }
    expect(new Set(got.map((r) => r.body)).size).toBe(1); // the same content every attempt
    expect(JSON.parse(got[0].body)).toMatchObject({ type: "alert.created", data: { id: alertId, kind: "budget_threshold", status: "open", title: "Search at 80% of its monthly budget" } });
    expect(delivery).toMatchObject({ status: "delivered", attempts: 3, responseStatus: 200, error: null, alertId, eventType: "alert.created" });
    expect(delivery.attemptLog.map((a) => a.responseStatus)).toEqual([500, 500, 200]);
    expect(delivery.attemptLog[0].error).toMatch(/^HTTP 500/);
  });

  it("gives a Slack endpoint Slack JSON without a signature, and raising the same alert again sends nothing more", async () => {
    const orgId = await newOrg();
    rx.script("/slack", [200]);
    const endpoint = await createWebhook(orgId, actor, { url: rx.url("/slack"), format: "slack" });
    expect(endpoint.secret).toBeNull();
    const a = alert();
    await raiseAlerts(orgId, [a]);
    await eventually(async () => ((await listDeliveries(orgId, endpoint.id))[0]?.status === "delivered" ? true : undefined));
    expect(await raiseAlerts(orgId, [a])).toEqual([]); // deduped: no second alert, no second delivery
    const got = rx.at("/slack");
    expect(got).toHaveLength(1);
    expect(got[0].headers["webhook-signature"]).toBeUndefined();
    const body = JSON.parse(got[0].body);
    expect(body.text).toBe("Costwise alert: Search at 80% of its monthly budget");
    expect(body.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "*Search at 80% of its monthly budget*\n$800 of $1,000 spent" } });
    expect(await listDeliveries(orgId, endpoint.id)).toHaveLength(1);
  });

  it("gives up after the retry window, recording every attempt, and skips disabled endpoints when raising", async () => {
    process.env.COSTWISE_WEBHOOK_RETRY_BASE_MS = "2"; // a window of 2.9 s
    const orgId = await newOrg();
    rx.script("/down", [503]);
    const endpoint = await createWebhook(orgId, actor, { url: rx.url("/down"), format: "standard" });
    const off = await createWebhook(orgId, actor, { url: rx.url("/off"), format: "standard" });
    await getPool().query(`UPDATE webhook_endpoints SET enabled = false WHERE org_id = $1 AND id = $2`, [orgId, off.id]);
    await raiseAlerts(orgId, [alert()]);
    const [d] = await eventually(async () => {
      const list = await listDeliveries(orgId, endpoint.id);
      return list[0]?.status === "failed" ? list : undefined;
    });
    // how many attempts fit the 2.9 s window depends on the machine's load (the queue polls
    // every 0.5 s): one on a busy machine; that failed deliveries are retried is the first test's
    expect(d.attempts).toBeGreaterThanOrEqual(1);
    expect(d.attempts).toBeLessThanOrEqual(12);
    expect(d.attemptLog).toHaveLength(d.attempts);
    expect(d.nextAttemptAt).toBeNull();
    expect(rx.at("/down")).toHaveLength(d.attempts);
    expect(await listDeliveries(orgId, off.id)).toEqual([]);
    expect(rx.at("/off")).toHaveLength(0);
  });
});
