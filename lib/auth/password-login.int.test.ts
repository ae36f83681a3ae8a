// Password sign-in against the real database: a per-account and per-address
// limit that holds across processes (PostgreSQL), and the same scrypt work for
// unknown accounts. The clock is injected; nothing sleeps.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { getPool } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { passwordLogin } from "@/lib/auth/password-login";
import { LOGIN_LIMITS } from "@/lib/auth/login-throttle";
import { authClient } from "@/test/auth-client";
import { createOrg } from "@/test/fixtures";
import { createLoginUser } from "@/test/users";

const PASSWORD = "right-password";
const T0 = new Date("2026-06-01T12:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 4)}`;

describe("password sign-in", () => {
  let orgId: string;
  const users: { id: string; email: string }[] = [];
  const newUser = async () => {
    const u = await createLoginUser(getPool(), orgId, PASSWORD);
    users.push(u);
    return u;
  };

  beforeAll(async () => {
    orgId = (await createOrg(getPool(), "Login org")).orgId;
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [orgId]);
    await getPool().query(`DELETE FROM users WHERE id = ANY($1)`, [users.map((u) => u.id)]);
    await getPool().query(`DELETE FROM login_attempts`);
  });

  it("through next-auth: after 5 wrong passwords even the right one is refused, with a lockout code", async () => {
    const user = await newUser();
    const browser = authClient();
    for (let i = 0; i < 5; i++) expect(await browser.signIn(user.email, `wrong-${i}`)).toBe("CredentialsSignin");
    expect(await browser.signIn(user.email, PASSWORD)).toMatch(/^locked:\d+$/);
    expect(await browser.sessionUserId()).toBeNull();
    // the lock is on the account, not on the browser or address
    expect(await authClient().signIn(user.email, PASSWORD)).toMatch(/^locked:\d+$/);
  });

  it("a parallel burst of 50 guesses gets at most 5 password checks; the account unlocks when the window ends", async () => {
    const user = await newUser();
    const attempts = await Promise.all(Array.from({ length: 50 }, (_, i) => passwordLogin({ email: user.email, password: `guess-${i}`, ip: ip() }, { now: at(1) })));
    expect(attempts.filter((a) => !a.ok && a.reason === "invalid")).toHaveLength(LOGIN_LIMITS.perAccount);
    expect(attempts.filter((a) => !a.ok && a.reason === "locked")).toHaveLength(50 - LOGIN_LIMITS.perAccount);

    expect(await passwordLogin({ email: user.email, password: PASSWORD, ip: ip() }, { now: at(2) })).toEqual({ ok: false, reason: "locked", retryAfterS: LOGIN_LIMITS.windowS - 1 });
    expect(await passwordLogin({ email: user.email.toUpperCase(), password: PASSWORD, ip: ip() }, { now: at(LOGIN_LIMITS.windowS - 1) })).toMatchObject({ reason: "locked" });
    expect(await passwordLogin({ email: user.email, password: PASSWORD, ip: ip() }, { now: at(LOGIN_LIMITS.windowS + 1) })).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("a successful sign-in resets the account's count", async () => {
    const user = await newUser();
    const addr = ip();
    for (let i = 0; i < 4; i++) expect(await passwordLogin({ email: user.email, password: "nope", ip: addr }, { now: at(10) })).toMatchObject({ reason: "invalid" });
    expect(await passwordLogin({ email: user.email, password: PASSWORD, ip: addr }, { now: at(11) })).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) expect(await passwordLogin({ email: user.email, password: "nope", ip: addr }, { now: at(12) })).toMatchObject({ reason: "invalid" });
  });

  it("limits one address guessing across many accounts, without locking other addresses out", async () => {
    const limits = { ...LOGIN_LIMITS, perIp: 3 };
    const sprayer = ip();
    for (let i = 0; i < 3; i++) {
      expect(await passwordLogin({ email: `spray-${i}-${randomUUID()}@example.com`, password: "x", ip: sprayer }, { now: at(20), limits })).toMatchObject({ reason: "invalid" });
    }
    const user = await newUser();
    expect(await passwordLogin({ email: user.email, password: PASSWORD, ip: sprayer }, { now: at(21), limits })).toMatchObject({ reason: "locked" });
    expect(await passwordLogin({ email: user.email, password: PASSWORD, ip: ip() }, { now: at(21), limits })).toMatchObject({ ok: true });
  });

  it("checks a password for unknown emails and password-less accounts too (same scrypt work, no user enumeration)", async () => {
    const checked: string[] = [];
    const verify = async (password: string, stored: string) => {
      checked.push(stored.split("$").slice(0, 4).join("$"));
      return verifyPassword(password, stored);
    };
    const [{ id: oauthOnly }] = (await getPool().query(`INSERT INTO users (email) VALUES ($1) RETURNING id`, [`oauth-${randomUUID()}@example.com`])).rows;
    users.push({ id: oauthOnly, email: "" });
    const oauthEmail = (await getPool().query(`SELECT email FROM users WHERE id = $1`, [oauthOnly])).rows[0].email;
    const known = await newUser();

    expect(await passwordLogin({ email: `nobody-${randomUUID()}@example.com`, password: "x", ip: ip() }, { now: at(30), verify })).toEqual({ ok: false, reason: "invalid" });
    expect(await passwordLogin({ email: oauthEmail, password: "x", ip: ip() }, { now: at(30), verify })).toEqual({ ok: false, reason: "invalid" });
    expect(await passwordLogin({ email: known.email, password: "x", ip: ip() }, { now: at(30), verify })).toEqual({ ok: false, reason: "invalid" });
    // all three ran scrypt with the same cost parameters
    expect(checked).toEqual(["scrypt$16384$8$1", "scrypt$16384$8$1", "scrypt$16384$8$1"]);
  });
});
