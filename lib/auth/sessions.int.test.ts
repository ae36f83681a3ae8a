// Sessions end when they should, through next-auth's real handler: a session
// cookie captured before sign-out is refused after it (the JWT alone would stay
// valid for 7 days).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { getPool } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { createSession, isSessionActive, revokeUserSessions, SESSION_MAX_AGE_S } from "@/lib/auth/sessions";
import { authClient } from "@/test/auth-client";
import { createOrg } from "@/test/fixtures";
import { createLoginUser } from "@/test/users";

const PASSWORD = "sessions-test-password";
const COOKIE = "next-auth.session-token";

describe("session revocation", () => {
  let orgId: string;
  let user: { id: string; email: string };

  beforeAll(async () => {
    orgId = (await createOrg(getPool(), "Sessions org")).orgId;
    user = await createLoginUser(getPool(), orgId, PASSWORD);
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [orgId]);
    await getPool().query(`DELETE FROM users WHERE id = $1`, [user.id]);
  });

  it("rejects a session cookie captured before sign-out", async () => {
    const browser = authClient();
    expect(await browser.signIn(user.email, PASSWORD)).toBeNull();
    const captured = browser.jar.get(COOKIE)!;
    expect(captured).toBeTruthy();
    expect(await browser.sessionUserId()).toBe(user.id);

    await browser.signOut();
    expect(browser.jar.has(COOKIE)).toBe(false);

    const attacker = authClient();
    attacker.jar.set(COOKIE, captured);
    expect(await attacker.sessionUserId()).toBeNull();
  });

  it("ends every session of a user whose sessions are deleted", async () => {
    const a = authClient();
    const b = authClient();
    await a.signIn(user.email, PASSWORD);
    await b.signIn(user.email, PASSWORD);
    expect(await revokeUserSessions(user.id)).toBeGreaterThanOrEqual(2);
    expect(await a.sessionUserId()).toBeNull();
    expect(await b.sessionUserId()).toBeNull();
  });

  it("refuses a validly signed JWT without a session id (as issued before this change)", async () => {
    const legacy = authClient();
    legacy.jar.set(COOKIE, await encode({ token: { sub: user.id, email: user.email }, secret: authOptions.secret! }));
    expect(await legacy.sessionUserId()).toBeNull();
  });

  it("expires a session row after the session lifetime, whatever the JWT says", async () => {
    const t0 = new Date("2026-03-01T00:00:00Z");
    const sid = await createSession(user.id, t0);
    expect(await isSessionActive(sid, user.id, new Date(t0.getTime() + SESSION_MAX_AGE_S * 1000 - 1))).toBe(true);
    expect(await isSessionActive(sid, user.id, new Date(t0.getTime() + SESSION_MAX_AGE_S * 1000))).toBe(false);
    expect(await isSessionActive(sid, "00000000-0000-0000-0000-000000000000", t0)).toBe(false);
  });
});
