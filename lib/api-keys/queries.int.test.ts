import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { createApiKey, listApiKeys, revokeApiKey } from "@/lib/api-keys/queries";
import { hashApiKey } from "@/lib/auth/api-keys";
import { lastUseRecorded } from "@/lib/auth/api-key-auth";
import { createOrg, createUser } from "@/test/fixtures";
import { makeEvents, poster } from "@/test/ingest-client";

const post = poster(POST);

describe("API keys", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let other: Awaited<ReturnType<typeof createOrg>>;
  let actor: string;
  beforeAll(async () => {
    org = await createOrg(getPool(), "Keys org");
    other = await createOrg(getPool(), "Someone else");
    actor = await createUser(getPool(), "keys");
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [[org.orgId, other.orgId]]);
    await getPool().query(`DELETE FROM users WHERE id = $1`, [actor]);
  });

  it("stores only a hash, shows the secret once, records last use, and stops working when revoked", async () => {
    const created = await createApiKey(org.orgId, actor, { name: "checkout", scopes: ["ingest"] });
    expect(created.secret).toMatch(/^cw_live_/);
    const [row] = await sqlRows<{ hash: string; prefix: string }>(getPool(), `SELECT hash, prefix FROM api_keys WHERE org_id = $1 AND id = $2`, [org.orgId, created.id]);
    expect(row).toEqual({ hash: hashApiKey(created.secret), prefix: created.secret.slice(0, 12) });
    expect(JSON.stringify(await listApiKeys(org.orgId))).not.toContain(created.secret);

    expect((await post({ batch: makeEvents(1, "k1") }, { key: created.secret })).status).toBe(200);
    await lastUseRecorded(); // written off the request path
    expect((await listApiKeys(org.orgId))[0].lastUsedAt).not.toBeNull();

    await revokeApiKey(org.orgId, actor, created.id);
    expect((await post({ batch: makeEvents(1, "k2") }, { key: created.secret })).status).toBe(401);
    const audit = await sqlRows<{ action: string }>(getPool(), `SELECT action FROM audit_logs WHERE org_id = $1 ORDER BY created_at`, [org.orgId]);
    expect(audit.map((a) => a.action)).toEqual(["api_key.created", "api_key.revoked"]);
  });

  it("cannot revoke another org's key (404)", async () => {
    const theirs = await createApiKey(other.orgId, actor, { name: "theirs", scopes: ["ingest"] });
    await expect(revokeApiKey(org.orgId, actor, theirs.id)).rejects.toMatchObject({ status: 404 });
    expect((await listApiKeys(other.orgId))[0].revokedAt).toBeNull();
  });
});
