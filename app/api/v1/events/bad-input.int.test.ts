// Inputs that once failed a whole batch with a 500: each must be a per-item
// result (rejected naming the field, or stored exactly), never a batch failure.
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { createOrg } from "@/test/fixtures";
import { createKey, makeEvents, poster } from "@/test/ingest-client";

const post = poster(POST);

describe("POST /api/v1/events: values zod accepts but PostgreSQL would not", () => {
  let orgId: string;
  let key: string;
  beforeAll(async () => {
    orgId = (await createOrg(getPool(), "Bad input org")).orgId;
    key = await createKey(getPool(), orgId);
  });
  const statuses = (body: { results: { status: string; error?: { field?: string } }[] }) => body.results.map((r) => [r.status, r.error?.field]);

  it("stores a timestamp with any valid offset (even +23:59) as the same instant in UTC", async () => {
    const batch = [
      { ...makeEvents(1, "tz-far")[0], timestamp: "2026-11-20T23:30:00+23:59" },
      { ...makeEvents(1, "tz-neg")[0], timestamp: "2026-11-19T01:00:00.123456-23:59" },
      { ...makeEvents(1, "tz-bad")[0], timestamp: "2026-11-20T12:00:00+24:00" },
    ];
    const res = await post({ batch }, { key });
    expect(res.status).toBe(207);
    expect(statuses(res.body)).toEqual([["accepted", undefined], ["accepted", undefined], ["rejected", "timestamp"]]);
    const rows = await sqlRows<{ event_id: string; ts: string }>(getPool(), `SELECT event_id, to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS ts FROM usage_events WHERE org_id = $1 AND event_id LIKE 'tz-%' ORDER BY 1`, [orgId]);
    expect(rows).toEqual([{ event_id: "tz-far-0", ts: "2026-11-19T23:31:00.000" }, { event_id: "tz-neg-0", ts: "2026-11-20T00:59:00.123" }]);
  });

  it("rejects a lone surrogate in any string field, naming it, and stores the rest", async () => {
    const batch = [
      { ...makeEvents(1, "sur-ok")[0], userId: "ok-\ud83d\ude00" },
      { ...makeEvents(1, "sur-model")[0], model: "gpt\ud800" },
      { ...makeEvents(1, "sur-user")[0], userId: "u\udfff" },
      { ...makeEvents(1, "sur-id")[0], eventId: "id-\ud800" },
      { ...makeEvents(1, "sur-meta")[0], metadata: { ["k\ud800"]: "v" } },
    ];
    const res = await post({ batch }, { key });
    expect(res.status).toBe(207);
    expect(statuses(res.body)).toEqual([["accepted", undefined], ["rejected", "model"], ["rejected", "userId"], ["rejected", "eventId"], ["rejected", "metadata"]]);
    const [row] = await sqlRows<{ end_user_id: string }>(getPool(), `SELECT end_user_id FROM usage_events WHERE org_id = $1 AND event_id = 'sur-ok-0'`, [orgId]);
    expect(row.end_user_id).toBe("ok-\ud83d\ude00");
  });

  it("stores a quality score too small for float4 (1e-50) as 0 instead of failing the batch", async () => {
    const batch = [{ ...makeEvents(1, "q-tiny")[0], quality: { score: 1e-50 } }, { ...makeEvents(1, "q-ok")[0], quality: { score: 0.875, hallucination: true } }];
    const res = await post({ batch }, { key });
    expect(res.status).toBe(200);
    const rows = await sqlRows<{ event_id: string; quality_score: number }>(getPool(), `SELECT event_id, quality_score FROM usage_events WHERE org_id = $1 AND event_id LIKE 'q-%' ORDER BY 1`, [orgId]);
    expect(rows).toEqual([{ event_id: "q-ok-0", quality_score: 0.875 }, { event_id: "q-tiny-0", quality_score: 0 }]);
  });

  it("stores metadata as a JSON object, keeping a __proto__ key as plain data", async () => {
    const raw = `{"batch":[${JSON.stringify({ ...makeEvents(1, "meta")[0], metadata: { env: "prod" } }).slice(0, -1)},"metadata":{"env":"prod","__proto__":"x","constructor":"y"}}]}`.replace(/,"metadata":\{"env":"prod"\}/, "");
    const res = await post(null, { key, raw });
    expect(res.status).toBe(200);
    const [row] = await sqlRows<{ kind: string; metadata: Record<string, string> }>(getPool(), `SELECT jsonb_typeof(metadata) AS kind, metadata FROM usage_events WHERE org_id = $1 AND event_id = 'meta-0'`, [orgId]);
    expect(row.kind).toBe("object");
    expect(Object.entries(row.metadata).sort()).toEqual([["__proto__", "x"], ["constructor", "y"], ["env", "prod"]]);
  });

  it("rejects metadata that is not a flat object of strings", async () => {
    const batch = [
      { ...makeEvents(1, "m-arr")[0], metadata: ["a"] },
      { ...makeEvents(1, "m-nest")[0], metadata: { a: { b: "c" } } },
      { ...makeEvents(1, "m-num")[0], metadata: { a: 1 } },
    ];
    const res = await post({ batch }, { key });
    expect(statuses(res.body)).toEqual([["rejected", "metadata"], ["rejected", "metadata.a"], ["rejected", "metadata.a"]]);
  });
});
