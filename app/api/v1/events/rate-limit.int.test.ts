// The limiter is built from the environment at module load, so this file sets a
// tiny limit before importing the route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { createOrg } from "@/test/fixtures";
import { createKey, makeEvents, poster } from "@/test/ingest-client";

describe("POST /api/v1/events rate limit", () => {
  let orgId: string;
  let post: ReturnType<typeof poster>;

  beforeAll(async () => {
    process.env.COSTWISE_RATE_LIMIT_PER_S = "1";
    process.env.COSTWISE_RATE_LIMIT_BURST = "2";
    post = poster((await import("@/app/api/v1/events/route")).POST);
    // a frozen clock: no token refills however slowly the requests run
    (await import("@/lib/api/api-key-route")).apiKeyLimiter.clock = () => 1_000_000;
    orgId = (await createOrg(getPool())).orgId;
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [orgId]);
    delete process.env.COSTWISE_RATE_LIMIT_PER_S;
    delete process.env.COSTWISE_RATE_LIMIT_BURST;
  });

  it("answers 429 with Retry-After once a key's burst is spent, writing nothing, while another key still passes", async () => {
    const key = await createKey(getPool(), orgId);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post({ batch: makeEvents(1, `rl-${i}`) }, { key })).status);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await post({ batch: makeEvents(1, "rl-x") }, { key });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(limited.body.code).toBe("rate_limited");
    const [n] = await sqlRows<{ n: bigint }>(getPool(), `SELECT count(*) AS n FROM usage_events WHERE org_id = $1`, [orgId]);
    expect(n.n).toBe(2n);
    (await import("@/lib/api/api-key-route")).apiKeyLimiter.clock = () => 1_002_000; // two seconds later: 2 tokens back
    expect((await post({ batch: makeEvents(1, "rl-later") }, { key })).status).toBe(200);
    const second = await createKey(getPool(), orgId);
    expect((await post({ batch: makeEvents(1, "rl-other") }, { key: second })).status).toBe(200);
  });
});
