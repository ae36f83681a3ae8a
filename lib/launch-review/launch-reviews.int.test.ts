// Saved launch reviews and the calculator's price list through the real route
// handlers and database: org scoping, validation, roles. Only the session lookup
// is replaced, by real members of real orgs.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Member } from "@/lib/auth/session";
import { DEFAULT_INPUTS, type LaunchInputs } from "@/lib/launch-review/inputs";
import { launchModelsSchema, launchReviewListSchema, launchReviewSchema } from "@/lib/launch-review/schemas";
import { getLaunchModels } from "@/lib/launch-review/queries";
import { createPriceOverride } from "@/lib/pricing/overrides";
import { createOrg, createUser } from "@/test/fixtures";
import { createKey, makeEvents, poster } from "@/test/ingest-client";
import { callRoute, type RouteHandler } from "@/test/route-call";

const current: { member: Member | null } = { member: null };
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  requireMemberApi: async () => current.member,
}));

const reviewsRoute = await import("@/app/api/v1/launch-reviews/route");
const reviewRoute = await import("@/app/api/v1/launch-reviews/[id]/route");
const modelsRoute = await import("@/app/api/v1/launch-review/models/route");
const ingest = poster((await import("@/app/api/v1/events/route")).POST);

const call = (handler: RouteHandler, method: string, opts: { body?: unknown; raw?: string; id?: string } = {}) =>
  callRoute(handler, method, { body: opts.body, raw: opts.raw, path: "/api/v1/launch-reviews", params: opts.id ? { id: opts.id } : {} });
const list = () => call(reviewsRoute.GET, "GET");
const save = (body: unknown) => call(reviewsRoute.POST, "POST", { body });
const remove = (id: string) => call(reviewRoute.DELETE, "DELETE", { id });

describe("saved launch reviews", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let other: Awaited<ReturnType<typeof createOrg>>;
  const users: string[] = [];
  const as = (o: { orgId: string }, role: Member["role"], userId: string) => {
    current.member = { userId, email: `${role}@test`, name: null, orgId: o.orgId, orgName: "org", role };
  };
  const stored = async (orgId: string) => (await sqlRows<{ name: string }>(getPool(), `SELECT name FROM launch_reviews WHERE org_id = $1 ORDER BY name`, [orgId])).map((r) => r.name);
  let admin: string;

  beforeAll(async () => {
    org = await createOrg(getPool(), "Launch org");
    other = await createOrg(getPool(), "Other launch org");
    for (const label of ["launch-admin", "launch-lead", "launch-viewer", "other-admin"]) users.push(await createUser(getPool(), label));
    admin = users[0];
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [[org.orgId, other.orgId]]);
    await getPool().query(`DELETE FROM users WHERE id = ANY($1)`, [users]);
  });

  it("an admin saves a review (201), it lists with its link and author, and another org never sees it", async () => {
    as(org, "admin", admin);
    const inputs: LaunchInputs = { ...DEFAULT_INPUTS, mix: { by: "model", models: [{ provider: "openai", model: "gpt-4.1-mini", pct: 60 }, { provider: "openai", model: "gpt-4.1", pct: 40 }] } };
    const res = await save({ name: "  Search v2  ", inputs });
    expect(res.status).toBe(201);
    const review = launchReviewSchema.parse(res.body);
    expect(review).toMatchObject({ name: "Search v2", inputs, createdBy: expect.stringContaining("launch-admin") });
    expect(review.query).toContain("models=openai%2Fgpt-4.1-mini%3A60%2Copenai%2Fgpt-4.1%3A40");

    const mine = launchReviewListSchema.parse((await list()).body).reviews;
    expect(mine.map((r) => r.id)).toContain(review.id);

    as(other, "admin", users[3]);
    expect(launchReviewListSchema.parse((await list()).body).reviews.map((r) => r.id)).not.toContain(review.id);
    // and cannot delete it: 404, as for a missing id
    expect((await remove(review.id)).status).toBe(404);
    expect(await stored(org.orgId)).toContain("Search v2");
  });

  it("rejects invalid reviews with a problem+json 400 naming the field, writing nothing", async () => {
    as(org, "admin", admin);
    const before = await stored(org.orgId);
    const bad = async (body: unknown) => {
      const res = await save(body);
      expect(res).toMatchObject({ status: 400, type: "application/problem+json" });
      return (res.body.errors ?? []).map((e: { field: string }) => e.field);
    };
    expect(await bad({ name: "Mix off", inputs: { ...DEFAULT_INPUTS, mix: { by: "tier", small: 70, mid: 20, frontier: 5 } } })).toEqual(["inputs.mix"]);
    expect(await bad({ name: "", inputs: DEFAULT_INPUTS })).toEqual(["name"]);
    expect(await bad({ name: "x", inputs: { ...DEFAULT_INPUTS, priceUsd: 0.01 } })).toEqual(["inputs.priceUsd"]);
    expect(await bad({ name: "x", inputs: DEFAULT_INPUTS, orgId: other.orgId })).toEqual([""]); // no smuggled org
    expect((await call(reviewsRoute.POST, "POST", { raw: "{" })).status).toBe(400);
    expect(await stored(org.orgId)).toEqual(before);
  });

  it("a viewer reads but gets 403 on save and delete; a lead saves and deletes", async () => {
    as(org, "lead", users[1]);
    const saved = launchReviewSchema.parse((await save({ name: "Lead's review", inputs: DEFAULT_INPUTS })).body);

    as(org, "viewer", users[2]);
    expect((await list()).status).toBe(200);
    expect(launchReviewListSchema.parse((await list()).body).reviews.map((r) => r.name)).toContain("Lead's review");
    expect(await save({ name: "Viewer's", inputs: DEFAULT_INPUTS })).toMatchObject({ status: 403, body: { code: "forbidden" } });
    expect((await remove(saved.id)).status).toBe(403);
    expect(await stored(org.orgId)).not.toContain("Viewer's");

    as(org, "lead", users[1]);
    expect(await remove(saved.id)).toMatchObject({ status: 200, body: { id: saved.id, deleted: true } });
    expect(await stored(org.orgId)).not.toContain("Lead's review");
    expect((await remove(saved.id)).status).toBe(404);
    expect((await remove("not-a-uuid")).status).toBe(404);
  });

  it("a lead deletes only the reviews they saved; an admin deletes anyone's; NUL in a name is a 400", async () => {
    as(org, "admin", admin);
    const admins = launchReviewSchema.parse((await save({ name: "Admin's plan", inputs: DEFAULT_INPUTS })).body);
    expect((await save({ name: "bad\u0000name", inputs: DEFAULT_INPUTS })).status).toBe(400);
    as(org, "lead", users[1]);
    expect(await remove(admins.id)).toMatchObject({ status: 403, body: { code: "forbidden" } });
    expect(await stored(org.orgId)).toContain("Admin's plan");
    const leads = launchReviewSchema.parse((await save({ name: "Lead's second", inputs: DEFAULT_INPUTS })).body);
    as(org, "admin", admin);
    expect((await remove(leads.id)).status).toBe(200);
    expect((await remove(admins.id)).status).toBe(200);
    expect(await stored(org.orgId)).not.toContain("Admin's plan");
  });

  it("prices the calculator's models with the org's override, and each tier by the org's most used model", async () => {
    const key = await createKey(getPool(), org.orgId);
    // 2026-11-20: 3 calls on gpt-4o-mini and 1 on gemini-2.0-flash, both small
    expect((await ingest({ batch: [...makeEvents(3, "lr-mini"), ...makeEvents(1, "lr-flash", { model: "gemini-2.0-flash" })] }, { key })).status).toBe(200);
    await createPriceOverride(org.orgId, admin, { provider: "openai", model: "gpt-4o-mini", effectiveFrom: "2026-01-01", inputPerMtokUsd: "0.1", outputPerMtokUsd: "0.3" });

    const list30 = launchModelsSchema.parse(await getLaunchModels(org.orgId, new Date("2026-11-25T12:00:00Z")));
    expect(list30.models.find((m) => m.model === "gpt-4o-mini")).toMatchObject({ source: "override", inputPerMtokNano: "100000000", outputPerMtokNano: "300000000", requests30d: 3 });
    expect(list30.tierModels.small).toEqual({ provider: "openai", model: "gpt-4o-mini", source: "usage" });
    expect(list30.tierModels.frontier.source).toBe("default");
    // 30 days later the usage is out of the window: the tier falls back to the catalog default
    expect((await getLaunchModels(org.orgId, new Date("2026-12-25T12:00:00Z"))).tierModels.small).toMatchObject({ model: "gpt-4.1-mini", source: "default" });
    // the other org keeps catalog prices
    expect((await getLaunchModels(other.orgId, new Date("2026-11-25T12:00:00Z"))).models.find((m) => m.model === "gpt-4o-mini")).toMatchObject({ source: "catalog", inputPerMtokNano: "150000000" });

    as(org, "viewer", users[2]);
    const res = await call(modelsRoute.GET, "GET");
    expect(res.status).toBe(200);
    expect(launchModelsSchema.parse(res.body).models.find((m) => m.model === "gpt-4o-mini")?.source).toBe("override");
  });
});
