// Concurrent batches never deadlock into a 500: rows are inserted in one
// deterministic order, and a deadlock or serialization failure that still
// happens is retried inside the server (or answered 503 with Retry-After).
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { getPool } from "@/lib/db";
import { isDatabaseUnavailable, sqlRows } from "@/lib/database/pool";
import { toAppError } from "@/lib/api/errors";
import { createOrg } from "@/test/fixtures";
import { createKey, makeEvents, poster } from "@/test/ingest-client";

const post = poster(POST);

describe("POST /api/v1/events under concurrency", () => {
  it("two batches with the same event ids in opposite order both succeed, 20 times out of 20", async () => {
    const { orgId } = await createOrg(getPool(), "Deadlock org");
    const key = await createKey(getPool(), orgId);
    for (let round = 0; round < 20; round++) {
      const events = makeEvents(300, `dl${round}`);
      const [a, b] = await Promise.all([post({ batch: events }, { key }), post({ batch: [...events].reverse() }, { key })]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(a.body.accepted + b.body.accepted).toBe(300);
      expect(a.body.duplicate + b.body.duplicate).toBe(300);
    }
    const [n] = await sqlRows<{ n: bigint; cost: string; rolled: string }>(
      getPool(),
      `SELECT (SELECT count(*) FROM usage_events WHERE org_id = $1) AS n,
              (SELECT sum(cost_nano)::text FROM usage_events WHERE org_id = $1) AS cost,
              (SELECT sum(cost_nano)::text FROM daily_rollups WHERE org_id = $1) AS rolled`,
      [orgId],
    );
    expect(n.n).toBe(6000n);
    expect(n.rolled).toBe(n.cost);
  });

  it("a connection killed mid-query surfaces as a retryable 503, not a 500", async () => {
    const client = await getPool().connect();
    const [{ pid }] = (await client.query("SELECT pg_backend_pid() AS pid")).rows;
    const slow = client.query("SELECT pg_sleep(5)").catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100)); // let the query start (not a timing assertion)
    await getPool().query("SELECT pg_terminate_backend($1)", [pid]);
    const err = await slow;
    client.release(true);
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(toAppError(err).status).toBe(503);
  });
});
