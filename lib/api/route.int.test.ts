// CSRF: cookie-authenticated changes through memberRoute (here POST /api/v1/prices,
// an admin route that sets what usage costs) are refused from other origins and
// without a JSON body, and nothing is written. The session lookup is replaced by
// a real admin of a real org; the handler, the checks and the database are real.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { NextRequest } from "next/server";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Member } from "@/lib/auth/session";
import { createOrg, createUser } from "@/test/fixtures";
import { createKey, makeEvents, poster } from "@/test/ingest-client";

const current: { member: Member | null } = { member: null };
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  requireMemberApi: async () => current.member,
}));

const { POST } = await import("@/app/api/v1/prices/route");
const ingest = poster((await import("@/app/api/v1/events/route")).POST);

const price = { provider: "openai", model: "csrf-test-model", effectiveFrom: "2026-01-01", inputPerMtokUsd: "0", outputPerMtokUsd: "0" };

async function post(headers: Record<string, string>, body: string = JSON.stringify(price)) {
  const req = new Request("http://localhost:3000/api/v1/prices", { method: "POST", headers: { host: "localhost:3000", ...headers }, body });
  const res = await POST(req as unknown as NextRequest, { params: Promise.resolve({}) });
  return { status: res.status, type: res.headers.get("content-type"), cache: res.headers.get("cache-control"), body: await res.json() };
}

describe("memberRoute refuses cross-origin and non-JSON changes", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let userId: string;
  const overrides = async () => (await sqlRows<{ n: bigint }>(getPool(), `SELECT count(*) AS n FROM price_overrides WHERE org_id = $1`, [org.orgId]))[0].n;

  beforeAll(async () => {
    org = await createOrg(getPool(), "CSRF org");
    userId = await createUser(getPool(), "csrf-admin");
    current.member = { userId, email: "csrf-admin@test", name: null, orgId: org.orgId, orgName: "CSRF org", role: "admin" };
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [org.orgId]);
    await getPool().query(`DELETE FROM users WHERE id = $1`, [userId]);
  });

  it.each([
    ["another site", { origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "application/json" }],
    ["a same-site page on a sibling subdomain", { origin: "http://blog.localhost:3000", "sec-fetch-site": "same-site", "content-type": "application/json" }],
    ["a client sending no Origin", { "content-type": "application/json" }],
  ])("403 for a request from %s, and no price is written", async (_name, headers) => {
    const before = await overrides(); // other tests of this file may have added one (any order)
    const res = await post(headers);
    expect(res).toMatchObject({ status: 403, type: "application/problem+json", body: { code: "cross_origin_request" } });
    expect(await overrides()).toBe(before);
  });

  it("415 for a text/plain body (what a cross-site form can send), and no price is written", async () => {
    const before = await overrides();
    const res = await post({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin", "content-type": "text/plain" });
    expect(res).toMatchObject({ status: 415, type: "application/problem+json", cache: "no-store", body: { code: "unsupported_media_type" } });
    expect(await overrides()).toBe(before);
  });

  it("accepts the app's own JSON request", async () => {
    const before = await overrides();
    const res = await post({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin", "content-type": "application/json" });
    expect(res.status).toBe(201);
    expect(res.cache).toBe("no-store"); // authenticated JSON is never cached
    expect(await overrides()).toBe(before + 1n);
  });

  it("413 for a body over 1 MB (read no further than the limit), 400 for bad JSON, and no price is written", async () => {
    const before = await overrides();
    const same = { origin: "http://localhost:3000", "sec-fetch-site": "same-origin", "content-type": "application/json" };
    const huge = JSON.stringify({ ...price, pad: "x".repeat(2 * 1024 * 1024) });
    expect(await post(same, huge)).toMatchObject({ status: 413, type: "application/problem+json", body: { code: "payload_too_large" } });
    expect(await post({ ...same, "content-length": String(huge.length) }, huge)).toMatchObject({ status: 413 });
    expect(await post(same, "{")).toMatchObject({ status: 400, body: { code: "invalid_json" } });
    expect(await overrides()).toBe(before);
  });

  it("leaves API-key routes alone: a server sends no Origin and is not cookie-authenticated", async () => {
    const key = await createKey(getPool(), org.orgId);
    expect((await ingest({ batch: makeEvents(1, "csrf-key") }, { key })).status).toBe(200);
  });
});
