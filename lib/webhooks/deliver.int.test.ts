// The delivery job's handler called directly (no workers run in this file): a job
// that runs twice sends once, a disabled or deleted endpoint stops retries, and a
// host that resolves privately at send time (DNS rebinding) is refused without a
// connection even though it resolved publicly when the endpoint was saved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { stopQueue } from "@/lib/queue/boss";
import { deliverAttempt, rescueStuckDeliveries, type DeliverDeps } from "@/lib/webhooks/deliver";
import { sqlRows } from "@/lib/database/pool";
import { queueTestDelivery } from "@/lib/webhooks/dispatch";
import { createWebhook, deleteWebhook, listDeliveries, updateWebhook } from "@/lib/webhooks/queries";
import { retryPolicy } from "@/lib/webhooks/retry";
import { sendWebhook } from "@/lib/webhooks/send";
import { createOrg, createUser } from "@/test/fixtures";
import { startReceiver } from "@/test/webhook-receiver";

describe("deliverAttempt", () => {
  let rx: Awaited<ReturnType<typeof startReceiver>>;
  let orgId: string;
  let actor: string;
  const deps = (over: Partial<DeliverDeps> = {}): DeliverDeps => ({
    send: (url, headers, body) => sendWebhook(url, headers, body, { allowPrivate: true }),
    policy: retryPolicy(60_000),
    now: () => new Date(),
    random: () => 0.5,
    ...over,
  });

  beforeAll(async () => {
    rx = await startReceiver();
    orgId = (await createOrg(getPool(), "Deliver org")).orgId;
    actor = await createUser(getPool(), "deliver");
    process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS = "1";
  });
  afterAll(async () => {
    delete process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS;
    await stopQueue();
    await rx.close();
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [orgId]);
    await getPool().query(`DELETE FROM users WHERE id = $1`, [actor]);
  });

  it("a pending delivery whose job was lost is queued again for its next attempt", async () => {
    const e = await createWebhook(orgId, actor, { url: rx.url("/rescued"), format: "standard" });
    const { deliveryId } = await queueTestDelivery(orgId, e.id);
    const jobs = async () => Number((await sqlRows<{ n: bigint }>(getPool(), `SELECT count(*) AS n FROM pgboss.job WHERE name = 'webhooks-deliver' AND data->>'deliveryId' = $1 AND (data->>'attempt')::int = 1`, [deliveryId]))[0].n);
    await rescueStuckDeliveries(new Date(Date.now() + 60_000)); // a minute on: not late yet
    expect(await jobs()).toBe(1);
    expect(await rescueStuckDeliveries(new Date(Date.now() + 20 * 60_000))).toBeGreaterThanOrEqual(1); // 20 minutes on, nothing has run it
    expect(await jobs()).toBe(2); // the original job and the rescue; whichever runs second does nothing
    expect(await deliverAttempt({ orgId, deliveryId, attempt: 1 }, deps())).toBe("delivered");
    expect(await deliverAttempt({ orgId, deliveryId, attempt: 1 }, deps())).toBe("skipped");
  });

  it("sends once when the same job runs twice, and a delivered one is not resent", async () => {
    const e = await createWebhook(orgId, actor, { url: rx.url("/twice"), format: "standard" });
    const { deliveryId } = await queueTestDelivery(orgId, e.id);
    expect(await deliverAttempt({ orgId, deliveryId, attempt: 1 }, deps())).toBe("delivered");
    expect(await deliverAttempt({ orgId, deliveryId, attempt: 1 }, deps())).toBe("skipped");
    expect(await deliverAttempt({ orgId, deliveryId, attempt: 2 }, deps())).toBe("skipped");
    expect(rx.at("/twice")).toHaveLength(1);
    expect(JSON.parse(rx.at("/twice")[0].body)).toMatchObject({ type: "webhook.test", data: { message: expect.stringContaining("Deliver org") } });
  });

  it("schedules a retry after a failure, then stops when the endpoint is disabled", async () => {
    rx.script("/flaky", [500]);
    const e = await createWebhook(orgId, actor, { url: rx.url("/flaky"), format: "standard" });
    const { deliveryId } = await queueTestDelivery(orgId, e.id);
    const before = Date.now();
    expect(await deliverAttempt({ orgId, deliveryId, attempt: 1 }, deps())).toBe("retry");
    const [pending] = await listDeliveries(orgId, e.id);
    expect(pending).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500 });
    // base 60 s, jitter 0.5 → 45 s later
    expect(Date.parse(pending.nextAttemptAt!) - before).toBeGreaterThanOrEqual(44_000);
    expect(Date.parse(pending.nextAttemptAt!) - before).toBeLessThan(47_000);

    await updateWebhook(orgId, actor, e.id, { enabled: false });
    expect(await deliverAttempt({ orgId, deliveryId, attempt: 2 }, deps())).toBe("failed");
    expect(rx.at("/flaky")).toHaveLength(1);
    expect((await listDeliveries(orgId, e.id))[0]).toMatchObject({ status: "failed", error: "endpoint disabled", nextAttemptAt: null });
  });

  it("does nothing for a deleted endpoint's pending retry", async () => {
    const e = await createWebhook(orgId, actor, { url: rx.url("/deleted"), format: "slack" });
    const { deliveryId } = await queueTestDelivery(orgId, e.id);
    await deleteWebhook(orgId, actor, e.id);
    expect(await deliverAttempt({ orgId, deliveryId, attempt: 1 }, deps())).toBe("skipped");
    expect(rx.at("/deleted")).toHaveLength(0);
  });

  it("refuses at send time when the host now resolves to a private address, and fails without retrying", async () => {
    delete process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS;
    try {
      const url = `http://rebind.example.test:${rx.port}/rebind`;
      const e = await createWebhook(orgId, actor, { url, format: "standard" }, async () => ["93.184.216.34"]); // public when saved
      const { deliveryId } = await queueTestDelivery(orgId, e.id);
      const rebound = deps({ send: (u, h, b) => sendWebhook(u, h, b, { resolve: async () => ["127.0.0.1"], allowPrivate: false }) });
      expect(await deliverAttempt({ orgId, deliveryId, attempt: 1 }, rebound)).toBe("failed");
      expect(rx.at("/rebind")).toHaveLength(0);
      const [d] = await listDeliveries(orgId, e.id);
      expect(d).toMatchObject({ status: "failed", attempts: 1, responseStatus: null, nextAttemptAt: null });
      expect(d.attemptLog[0].error).toMatch(/^refused: rebind\.example\.test resolves to 127\.0\.0\.1/);
    } finally {
      process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS = "1";
    }
  });
});
