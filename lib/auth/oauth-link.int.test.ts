// OAuth/OIDC account linking through the real signIn callback and database: an
// account that asserts an admin's email without the provider having verified it
// must neither sign in as the admin nor get linked to them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Account, Profile, User } from "next-auth";
import { randomUUID } from "node:crypto";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { authOptions } from "@/lib/auth/options";
import { createOrg } from "@/test/fixtures";

async function oauthSignIn(provider: string, sub: string, profile: Record<string, unknown>) {
  const user = { id: sub, email: profile.email as string | undefined, name: "Someone" } as User;
  const account = { provider, providerAccountId: sub, type: "oauth" } as Account;
  const result = await authOptions.callbacks!.signIn!({ user, account, profile: profile as Profile });
  return { result, userId: user.id };
}

const links = async (provider: string, sub: string) =>
  sqlRows<{ user_id: string }>(getPool(), `SELECT user_id FROM accounts WHERE provider = $1 AND provider_account_id = $2`, [provider, sub]);

describe("OAuth account linking", () => {
  let orgId: string;
  let adminId: string;
  const adminEmail = `admin-${randomUUID().slice(0, 8)}@oauth.test`;

  beforeAll(async () => {
    orgId = (await createOrg(getPool(), "OAuth org")).orgId;
    [{ id: adminId }] = await sqlRows<{ id: string }>(getPool(), `INSERT INTO users (email) VALUES ($1) RETURNING id`, [adminEmail]);
    await getPool().query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, 'admin')`, [orgId, adminId]);
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [orgId]);
    await getPool().query(`DELETE FROM users WHERE email LIKE '%@oauth.test'`);
  });

  it.each([
    ["email_verified: false", { email_verified: false }],
    ["no email_verified claim", {}],
    ["email_verified as a non-boolean", { email_verified: 1 }],
  ])("refuses an OIDC account asserting the admin's email with %s, and links nothing", async (_name, claims) => {
    const sub = `attacker-${randomUUID()}`;
    const { result, userId } = await oauthSignIn("oidc", sub, { sub, email: adminEmail.toUpperCase(), ...claims });
    expect(result).toBe("/login?error=EmailNotVerified");
    expect(userId).not.toBe(adminId);
    expect(await links("oidc", sub)).toEqual([]);
  });

  it("links an OIDC account whose issuer verified the email, and later sign-ins use the link", async () => {
    const sub = `admin-sub-${randomUUID()}`;
    const first = await oauthSignIn("oidc", sub, { sub, email: adminEmail, email_verified: true });
    expect(first).toEqual({ result: true, userId: adminId });
    expect(await links("oidc", sub)).toEqual([{ user_id: adminId }]);
    // the link is keyed on the issuer's subject, not on the (changeable) email
    expect(await oauthSignIn("oidc", sub, { sub, email: "renamed@elsewhere.test", email_verified: false })).toEqual({ result: true, userId: adminId });
  });

  it("GitHub: only the primary verified address (as options.ts's userinfo sets it) links", async () => {
    const sub = String(Date.now());
    expect((await oauthSignIn("github", sub, { id: sub, email: adminEmail, email_verified: false })).result).toBe("/login?error=EmailNotVerified");
    expect(await oauthSignIn("github", sub, { id: sub, email: adminEmail, email_verified: true })).toEqual({ result: true, userId: adminId });
  });
});
