// The alert inbox and end-user spend rules through the real route handlers and
// database (only the session lookup is replaced, by real members of real orgs),
// and the queue path: an ingested batch leads to an evaluation job that raises
// the alert, without anyone calling the evaluator.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Member } from "@/lib/auth/session";
import { raiseAlerts } from "@/lib/alerts/create";
import { alertListSchema, alertViewSchema } from "@/lib/alerts/schemas";
import { evaluateOrgAlerts, orgsToSweep } from "@/lib/alerts/evaluate";
import { ingestBatch } from "@/lib/ingest/ingest";
import { startQueue, stopQueue } from "@/lib/queue/boss";
import { createOrg, createUser } from "@/test/fixtures";
import { callRoute, type RouteHandler } from "@/test/route-call";
import { getOverview } from "@/lib/overview/queries";
import { parseFilters } from "@/lib/filters/schema";

const current: { member: Member | null } = { member: null };
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  requireMemberApi: async () => current.member,
}));

const alertsRoute = await import("@/app/api/v1/alerts/route");
const alertRoute = await import("@/app/api/v1/alerts/[id]/route");
const rulesRoute = await import("@/app/api/v1/alert-rules/route");

const call = (handler: RouteHandler, method: string, opts: { body?: unknown; id?: string; query?: string } = {}) =>
  callRoute(handler, method, { body: opts.body, query: opts.query, path: "/api/v1/alerts", params: opts.id ? { id: opts.id } : {} });

const NOW = new Date("2026-03-10T12:00:00Z");
const events = (prefix: string, n: number, user: string, at: Date, feature = "chat") =>
  Array.from({ length: n }, (_, i) => ({
    eventId: `${prefix}-${i}`, timestamp: new Date(at.getTime() - i * 60_000).toISOString(), model: "gpt-4o", team: "core", feature, userId: user,
    inputTokens: 100_000, outputTokens: 10_000, // $0.35 each at gpt-4o's $2.50/$10 per million
  }));

describe("alerts", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let other: Awaited<ReturnType<typeof createOrg>>;
  const users: string[] = [];
  const as = (o: { orgId: string }, role: Member["role"], userId: string) => {
    current.member = { userId, email: `${role}@test`, name: null, orgId: o.orgId, orgName: "org", role };
  };

  beforeAll(async () => {
    org = await createOrg(getPool(), "Alerts org");
    other = await createOrg(getPool(), "Other alerts org");
    for (const label of ["alerts-admin", "alerts-lead", "alerts-viewer"]) users.push(await createUser(getPool(), label));
    for (const [i, role] of (["admin", "lead", "viewer"] as const).entries()) {
      await getPool().query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3)`, [org.orgId, users[i], role]);
    }
  });
  afterAll(async () => {
    await stopQueue();
    await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [[org.orgId, other.orgId]]);
    await getPool().query(`DELETE FROM users WHERE id = ANY($1)`, [users]);
  });

  it("raising is idempotent by dedupe key, and the inbox lists by status with counts", async () => {
    const a = { kind: "anomaly" as const, dedupeKey: "test:inbox:1", title: "Spike", message: "Chat spend 5× expected", details: { link: "/overview?feature=chat" } };
    const first = await raiseAlerts(org.orgId, [a, { ...a, dedupeKey: "test:inbox:2", title: "Second" }]);
    expect(first).toHaveLength(2);
    expect(await raiseAlerts(org.orgId, [a])).toEqual([]); // raised before: nothing new
    as(org, "viewer", users[2]);
    const res = await call(alertsRoute.GET, "GET", { query: "?status=open" });
    expect(res.status).toBe(200);
    const list = alertListSchema.parse(res.body);
    expect(list.alerts.map((x) => x.title)).toEqual(expect.arrayContaining(["Spike", "Second"]));
    expect(list.counts.open).toBeGreaterThanOrEqual(2);
    expect((await call(alertsRoute.GET, "GET", { query: "?status=closed" })).status).toBe(400);
  });

  it("the overview marks anomaly alerts that began in its range, narrowed by its filters", async () => {
    const anomaly = (key: string, start: string, feature: string) => ({ kind: "anomaly" as const, dedupeKey: key, title: `${feature} spike`, message: "m", details: { start, feature, team: "core" } });
    await raiseAlerts(org.orgId, [anomaly("test:mark:1", "2026-03-05T13:00:00Z", "chat"), anomaly("test:mark:2", "2026-03-08T02:00:00Z", "search"), anomaly("test:mark:3", "2026-02-01T00:00:00Z", "chat")]);
    const at = new Date("2026-03-10T12:00:00Z");
    const all = await getOverview(org.orgId, parseFilters(new URLSearchParams("range=7d"), at).filters, at);
    expect(all.anomalies.map((a) => [a.day, a.title])).toEqual([["2026-03-05", "chat spike"], ["2026-03-08", "search spike"]]);
    const chat = await getOverview(org.orgId, parseFilters(new URLSearchParams("range=7d&feature=chat"), at).filters, at);
    expect(chat.anomalies.map((a) => a.title)).toEqual(["chat spike"]);
  });

  it("moves open → acknowledged → resolved recording who and when; viewers cannot; other orgs get 404; bad transitions 400", async () => {
    const [id] = await raiseAlerts(org.orgId, [{ kind: "anomaly", dedupeKey: "test:flow", title: "Flow", message: "m", details: {} }]);
    as(org, "viewer", users[2]);
    expect((await call(alertRoute.PATCH, "PATCH", { id, body: { status: "acknowledged" } })).status).toBe(403);
    as(other, "admin", users[0]);
    expect((await call(alertRoute.PATCH, "PATCH", { id, body: { status: "acknowledged" } })).status).toBe(404);
    as(org, "lead", users[1]);
    const ack = alertViewSchema.parse((await call(alertRoute.PATCH, "PATCH", { id, body: { status: "acknowledged" } })).body);
    expect(ack).toMatchObject({ status: "acknowledged", acknowledgedBy: { id: users[1] }, resolvedAt: null });
    as(org, "admin", users[0]);
    const resolved = alertViewSchema.parse((await call(alertRoute.PATCH, "PATCH", { id, body: { status: "resolved" } })).body);
    expect(resolved).toMatchObject({ status: "resolved", acknowledgedBy: { id: users[1] }, resolvedBy: { id: users[0] } });
    expect((await call(alertRoute.PATCH, "PATCH", { id, body: { status: "acknowledged" } })).status).toBe(400);
    expect((await call(alertRoute.PATCH, "PATCH", { id, body: { status: "done" } })).status).toBe(400);
    const audit = await sqlRows<{ action: string }>(getPool(), `SELECT action FROM audit_logs WHERE org_id = $1 AND target = $2 ORDER BY created_at`, [org.orgId, id]);
    expect(audit.map((r) => r.action)).toEqual(["alert.acknowledged", "alert.resolved"]);
  });

  it("an end-user rule alerts once per user per window, for the user above the limit only", async () => {
    as(org, "admin", users[0]);
    const bad = await call(rulesRoute.POST, "POST", { body: { feature: "nope", thresholdUsd: "1.00", windowHours: 24 } });
    expect(bad.status).toBe(400);
    expect((await call(rulesRoute.POST, "POST", { body: { feature: "chat", thresholdUsd: "-1", windowHours: 24 } })).status).toBe(400);
    as(org, "lead", users[1]); // leads no team here: org-wide and feature rules are refused
    expect((await call(rulesRoute.POST, "POST", { body: { feature: null, thresholdUsd: "1.00", windowHours: 24 } })).status).toBe(403);
    expect((await call(rulesRoute.POST, "POST", { body: { feature: "chat", thresholdUsd: "1.00", windowHours: 24 } })).status).toBe(403);
    as(org, "admin", users[0]);
    const rule = await call(rulesRoute.POST, "POST", { body: { feature: "chat", thresholdUsd: "1.00", windowHours: 24 } });
    expect(rule.status).toBe(201);

    await ingestBatch(org.orgId, events("heavy", 4, "u-heavy", NOW)); // 4 × $0.35 = $1.40 > $1
    await ingestBatch(org.orgId, events("light", 2, "u-light", NOW)); // $0.70
    await ingestBatch(org.orgId, events("old", 10, "u-old", new Date(NOW.getTime() - 30 * 3_600_000))); // outside the window
    await ingestBatch(org.orgId, events("other-feature", 10, "u-search", NOW, "search"));
    const raised = await evaluateOrgAlerts(org.orgId, NOW);
    expect(raised).toHaveLength(1);
    const [alert] = await sqlRows<{ title: string; details: { endUserId: string; costNano: string } }>(getPool(), `SELECT title, details FROM alerts WHERE id = $1`, [raised[0]]);
    expect(alert.details).toMatchObject({ endUserId: "u-heavy", costNano: "1400000000" });
    expect(alert.title).toContain("u-heavy");
    expect(await evaluateOrgAlerts(org.orgId, new Date(NOW.getTime() + 3_600_000))).toEqual([]); // still within the window
    // a day later the user spends again: a new window, a new alert
    const later = new Date(NOW.getTime() + 25 * 3_600_000);
    await ingestBatch(org.orgId, events("heavy-again", 4, "u-heavy", later));
    expect(await evaluateOrgAlerts(org.orgId, later)).toHaveLength(1);
  });

  it("the sweep covers orgs with budgets, end-user rules or spend in the last 8 weeks, and no others", async () => {
    const [quiet, budgeted, ruled, spending, stale] = await Promise.all(["quiet", "budgeted", "ruled", "spending", "stale"].map((n) => createOrg(getPool(), `Sweep ${n}`)));
    try {
      await getPool().query(`INSERT INTO budgets (org_id, name, scope, team_id, period, amount_nano) VALUES ($1, 'b', 'team', $2, 'month', 1)`, [budgeted.orgId, budgeted.teamId]);
      await getPool().query(`INSERT INTO alert_rules (org_id, threshold_nano, window_hours) VALUES ($1, 1, 24)`, [ruled.orgId]);
      await ingestBatch(spending.orgId, events("sweep-recent", 1, "u", new Date("2026-03-01T00:00:00Z")));
      await ingestBatch(stale.orgId, events("sweep-stale", 1, "u", new Date("2025-12-01T00:00:00Z")));
      const swept = new Set(await orgsToSweep(NOW));
      expect([quiet, budgeted, ruled, spending, stale].map((o) => swept.has(o.orgId))).toEqual([false, true, true, true, false]);
    } finally {
      await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [[quiet, budgeted, ruled, spending, stale].map((o) => o.orgId)]);
    }
  });

  it("after a batch commits, the queue evaluates the org and raises the alert (no direct call)", async () => {
    const o = await createOrg(getPool(), "Queued alerts org");
    try {
      await getPool().query(`INSERT INTO alert_rules (org_id, threshold_nano, window_hours) VALUES ($1, 1000000000, 24)`, [o.orgId]);
      await startQueue();
      const sent = Date.now();
      await ingestBatch(o.orgId, events("queued", 4, "u-queued", new Date()));
      const deadline = Date.now() + 30_000;
      let found: { created_at: Date }[] = [];
      while (Date.now() < deadline && found.length === 0) {
        found = await sqlRows<{ created_at: Date }>(getPool(), `SELECT created_at FROM alerts WHERE org_id = $1 AND kind = 'user_spend'`, [o.orgId]);
        if (!found.length) await new Promise((r) => setTimeout(r, 200));
      }
      expect(found).toHaveLength(1);
      console.log(`[alerts] raised ${found[0].created_at.getTime() - sent} ms after the batch was sent`);
    } finally {
      await getPool().query(`DELETE FROM orgs WHERE id = $1`, [o.orgId]);
    }
  });
});
