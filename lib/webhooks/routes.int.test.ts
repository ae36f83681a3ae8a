// The /api/v1/webhooks routes with a real admin of a real org (only the session
// lookup is replaced): admin only, secrets shown once, private URLs refused with
// a 400 problem and nothing written, another org's endpoint is 404 everywhere.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Member } from "@/lib/auth/session";
import { stopQueue } from "@/lib/queue/boss";
import { createdWebhookSchema, deliveryListSchema, testDeliverySchema, webhookListSchema, webhookSchema } from "@/lib/webhooks/schemas";
import { createOrg, createUser } from "@/test/fixtures";
import { callRoute, type RouteHandler } from "@/test/route-call";

const current: { member: Member | null } = { member: null };
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  requireMemberApi: async () => current.member,
}));

const list = await import("@/app/api/v1/webhooks/route");
const one = await import("@/app/api/v1/webhooks/[id]/route");
const test = await import("@/app/api/v1/webhooks/[id]/test/route");
const deliveries = await import("@/app/api/v1/webhooks/[id]/deliveries/route");

const call = (handler: RouteHandler, method: string, params: Record<string, string> = {}, body?: unknown) =>
  callRoute(handler, method, { params, body, path: "/api/v1/webhooks" });

describe("/api/v1/webhooks", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let other: Awaited<ReturnType<typeof createOrg>>;
  let userId: string;
  const admin = (orgId: string): Member => ({ userId, email: "wh-admin@test", name: null, orgId, orgName: "Hooks org", role: "admin" });
  const count = async (orgId: string) => (await sqlRows<{ n: bigint }>(getPool(), `SELECT count(*) AS n FROM webhook_endpoints WHERE org_id = $1`, [orgId]))[0].n;

  beforeAll(async () => {
    org = await createOrg(getPool(), "Hooks org");
    other = await createOrg(getPool(), "Other org");
    userId = await createUser(getPool(), "wh-admin");
  });
  beforeEach(() => {
    delete process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS;
    current.member = admin(org.orgId);
  });
  afterAll(async () => {
    await stopQueue();
    await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [[org.orgId, other.orgId]]);
    await getPool().query(`DELETE FROM users WHERE id = $1`, [userId]);
  });

  it.each(["http://127.0.0.1/hook", "http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://localhost:8080/hook", "http://[::ffff:127.0.0.1]/x"])(
    "refuses the private URL %s with a 400 problem and writes nothing",
    async (url) => {
      const before = await count(org.orgId);
      const res = await call(list.POST, "POST", {}, { url, format: "standard" });
      expect(res).toMatchObject({ status: 400, type: "application/problem+json", body: { code: "webhook_url_refused", errors: [{ field: "url" }] } });
      expect(res.body.detail).toMatch(/private, loopback or link-local/);
      expect(await count(org.orgId)).toBe(before);
    },
  );

  it("accepts a private URL when COSTWISE_ALLOW_PRIVATE_WEBHOOKS=1", async () => {
    process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS = "1";
    const res = await call(list.POST, "POST", {}, { url: "http://127.0.0.1:9/allowed", format: "slack", name: "LAN" });
    expect(res.status).toBe(201);
    expect(createdWebhookSchema.parse(res.body)).toMatchObject({ name: "LAN", format: "slack", secret: null, enabled: true });
  });

  it("400 for bad input, and nothing changes", async () => {
    const before = await count(org.orgId);
    for (const body of [{ url: "https://hooks.example.com/x", format: "email" }, { format: "standard" }, { url: "ftp://example.com/", format: "standard" }, { url: "https://x.example/", format: "slack", extra: 1 }]) {
      const res = await call(list.POST, "POST", {}, body);
      expect(res.status).toBe(400);
      expect(res.type).toBe("application/problem+json");
    }
    expect(await count(org.orgId)).toBe(before);
  });

  it("shows the secret once, never in the list; lets admins rename, disable and delete, with audit entries", async () => {
    process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS = "1";
    const created = createdWebhookSchema.parse((await call(list.POST, "POST", {}, { url: "http://127.0.0.1:9/lifecycle", format: "standard", name: " Ops " })).body);
    expect(created.secret).toMatch(/^whsec_/);
    expect(created.name).toBe("Ops");
    const listed = webhookListSchema.parse((await call(list.GET, "GET")).body);
    expect(listed.webhooks.map((w) => w.id)).toContain(created.id);
    expect(JSON.stringify(listed)).not.toContain(created.secret!);

    const patched = await call(one.PATCH, "PATCH", { id: created.id }, { name: "Ops channel", enabled: false });
    expect(webhookSchema.parse(patched.body)).toMatchObject({ name: "Ops channel", enabled: false });
    expect((await call(one.PATCH, "PATCH", { id: created.id }, {})).status).toBe(400);
    delete process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS;
    expect((await call(one.PATCH, "PATCH", { id: created.id }, { url: "http://10.1.2.3/x" })).body.code).toBe("webhook_url_refused");
    expect((await call(test.POST, "POST", { id: created.id })).status).toBe(409); // disabled

    expect((await call(one.DELETE, "DELETE", { id: created.id })).body).toEqual({ id: created.id, deleted: true });
    expect((await call(one.DELETE, "DELETE", { id: created.id })).status).toBe(404);
    const audit = await sqlRows<{ action: string; details: unknown }>(getPool(), `SELECT action, details FROM audit_logs WHERE org_id = $1 AND target = $2 ORDER BY created_at`, [org.orgId, created.id]);
    expect(audit.map((a) => a.action)).toEqual(["webhook.created", "webhook.updated", "webhook.deleted"]);
    expect(JSON.stringify(audit)).not.toContain("whsec_");
  });

  it("queues a test delivery that shows in the history", async () => {
    process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS = "1";
    const created = createdWebhookSchema.parse((await call(list.POST, "POST", {}, { url: "http://127.0.0.1:9/t", format: "standard" })).body);
    const queued = await call(test.POST, "POST", { id: created.id });
    expect(queued.status).toBe(202);
    const { deliveryId, webhookId } = testDeliverySchema.parse(queued.body);
    const history = deliveryListSchema.parse((await call(deliveries.GET, "GET", { id: created.id })).body);
    expect(history.deliveries[0]).toMatchObject({ id: deliveryId, webhookId, eventType: "webhook.test", status: "pending", attempts: 0, alertId: null, attemptLog: [] });
  });

  it("404 for another org's endpoint on every route, 403 for non-admins", async () => {
    process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS = "1";
    current.member = admin(other.orgId);
    const theirs = createdWebhookSchema.parse((await call(list.POST, "POST", {}, { url: "http://127.0.0.1:9/theirs", format: "standard" })).body);
    current.member = admin(org.orgId);
    expect(webhookListSchema.parse((await call(list.GET, "GET")).body).webhooks.map((w) => w.id)).not.toContain(theirs.id);
    expect((await call(one.PATCH, "PATCH", { id: theirs.id }, { enabled: false })).status).toBe(404);
    expect((await call(one.DELETE, "DELETE", { id: theirs.id })).status).toBe(404);
    expect((await call(test.POST, "POST", { id: theirs.id })).status).toBe(404);
    expect((await call(deliveries.GET, "GET", { id: theirs.id })).status).toBe(404);
    expect((await call(deliveries.GET, "GET", { id: "not-a-uuid" })).status).toBe(404);
    const [row] = await sqlRows<{ enabled: boolean; n: bigint }>(getPool(), `SELECT enabled, (SELECT count(*) FROM webhook_deliveries WHERE org_id = $1) AS n FROM webhook_endpoints WHERE org_id = $1 AND id = $2`, [other.orgId, theirs.id]);
    expect(row).toEqual({ enabled: true, n: 0n });

    for (const role of ["lead", "viewer"] as const) {
      current.member = { ...admin(org.orgId), role };
      expect((await call(list.GET, "GET")).status).toBe(403);
      expect((await call(list.POST, "POST", {}, { url: "https://hooks.example.com/x", format: "slack" })).status).toBe(403);
    }
  });
});
