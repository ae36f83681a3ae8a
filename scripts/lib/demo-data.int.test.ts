// `npm run demo` on an existing database re-checks the demo credentials; a demo
// API key that an admin revoked must stay revoked across restarts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { DEMO_ORG_SLUG } from "@/lib/demo/seed";
import { revokeApiKey } from "@/lib/api-keys/queries";
import { generateApiKey, hashApiKey } from "@/lib/auth/api-keys";
import { createUser } from "@/test/fixtures";
import { ensureDemoApiKey, ensureDemoData } from "./demo-data";

const keyRow = async (secret: string) =>
  (await sqlRows<{ id: string; org_id: string; revoked_at: Date | null }>(getPool(), `SELECT id, org_id, revoked_at FROM api_keys WHERE hash = $1`, [hashApiKey(secret)]))[0];

describe("demo credentials on restart", () => {
  let orgId: string;
  let actor: string;
  const env = { key: process.env.COSTWISE_DEMO_API_KEY, password: process.env.COSTWISE_DEMO_PASSWORD };
  const logs: string[] = [];
  const log = (s: string) => void logs.push(s);

  beforeAll(async () => {
    // an existing demo org (slug "demo"), as a second `npm run demo` finds it
    [{ id: orgId }] = await sqlRows<{ id: string }>(getPool(), `INSERT INTO orgs (name, slug) VALUES ('Demo Inc', $1) RETURNING id`, [DEMO_ORG_SLUG]);
    actor = await createUser(getPool(), "demo-restart");
  });
  afterEach(() => {
    logs.length = 0;
    for (const [name, value] of [["COSTWISE_DEMO_API_KEY", env.key], ["COSTWISE_DEMO_PASSWORD", env.password]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [orgId]);
    await getPool().query(`DELETE FROM users WHERE id = $1`, [actor]);
  });

  it("keeps a revoked COSTWISE_DEMO_API_KEY revoked and says so", async () => {
    const secret = generateApiKey().secret;
    process.env.COSTWISE_DEMO_API_KEY = secret;
    process.env.COSTWISE_DEMO_PASSWORD = "demo-restart-pw";
    const first = await ensureDemoData(process.env.DATABASE_URL!, log, { persistCredentials: false });
    expect(first).toMatchObject({ seeded: false, apiKey: secret });
    const row = await keyRow(secret);
    expect(row).toMatchObject({ org_id: orgId, revoked_at: null });

    await revokeApiKey(orgId, actor, row.id);
    await ensureDemoData(process.env.DATABASE_URL!, log, { persistCredentials: false });
    expect((await keyRow(secret)).revoked_at).not.toBeNull();
    expect(logs.join("\n")).toContain("has been revoked and stays revoked");
  });

  it("replaces a revoked saved key with a new working one, leaving the old one revoked", async () => {
    const c = await getPool().connect();
    try {
      const saved = generateApiKey().secret;
      expect(await ensureDemoApiKey(c, orgId, saved, { fromEnv: false, log })).toBe(saved);
      await revokeApiKey(orgId, actor, (await keyRow(saved)).id);

      const printed = await ensureDemoApiKey(c, orgId, saved, { fromEnv: false, log });
      expect(printed).not.toBe(saved);
      expect((await keyRow(saved)).revoked_at).not.toBeNull();
      expect(await keyRow(printed)).toMatchObject({ org_id: orgId, revoked_at: null });
      expect(logs).toEqual(["the saved demo API key was revoked; created a new one"]);
    } finally {
      c.release();
    }
  });
});
