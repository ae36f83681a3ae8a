// The API-key caches stay bounded whatever unauthenticated callers send, and a
// revocation made by another server process applies here at once.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { API_KEY_CACHE_ENTRIES, apiKeyCacheSize, authenticateApiKey } from "@/lib/auth/api-key-auth";
import { hashApiKey } from "@/lib/auth/api-keys";
import { listening, nextNotificationHandled } from "@/lib/cache/invalidation";
import { createOrg } from "@/test/fixtures";
import { createKey } from "@/test/ingest-client";

const bearer = (secret: string) => `Bearer ${secret}`;

describe("API-key authentication caches", () => {
  let orgId: string;
  beforeAll(async () => {
    orgId = (await createOrg(getPool(), "Key cache org")).orgId;
    await listening();
  });

  it("keep at most a bounded number of entries however many random tokens arrive", async () => {
    const tokens = Array.from({ length: API_KEY_CACHE_ENTRIES + 500 }, () => `cw_live_${randomBytes(16).toString("hex")}`);
    for (let i = 0; i < tokens.length; i += 100) {
      const slice = tokens.slice(i, i + 100);
      const results = await Promise.allSettled(slice.map((t) => authenticateApiKey(bearer(t), "ingest")));
      expect(results.every((r) => r.status === "rejected" && (r.reason as { status: number }).status === 401)).toBe(true);
    }
    expect(apiKeyCacheSize().unknown).toBe(API_KEY_CACHE_ENTRIES);
    // a real key still authenticates, and is then cached as known
    const key = await createKey(getPool(), orgId);
    await expect(authenticateApiKey(bearer(key), "ingest")).resolves.toMatchObject({ orgId });
  });

  it("a key revoked by another server process is refused here at once", async () => {
    const key = await createKey(getPool(), orgId);
    await expect(authenticateApiKey(bearer(key), "ingest")).resolves.toMatchObject({ orgId }); // now cached here
    // another process: its own connection, the same statements revokeApiKey runs
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    const handled = nextNotificationHandled();
    try {
      await other.query("BEGIN");
      await other.query(`UPDATE api_keys SET revoked_at = now() WHERE hash = $1`, [hashApiKey(key)]);
      await other.query(`SELECT pg_notify('costwise_cache', $1)`, [`apikey:${hashApiKey(key)}`]);
      await other.query("COMMIT");
    } finally {
      await other.end();
    }
    await handled;
    await expect(authenticateApiKey(bearer(key), "ingest")).rejects.toMatchObject({ status: 401 });
  });
});
