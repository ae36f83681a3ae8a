import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { ingestResponseSchema } from "@/lib/ingest/schemas";
import { createOrg } from "@/test/fixtures";
import { createKey, makeEvents, poster } from "@/test/ingest-client";

const post = poster(POST);

// Every test gets its own org and key, so each passes alone and in any order.
describe("POST /api/v1/events", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let key: string;
  const orgs: string[] = [];
  const count = async (orgId: string) => Number((await sqlRows<{ n: bigint }>(getPool(), `SELECT count(*) AS n FROM usage_events WHERE org_id = $1`, [orgId]))[0].n);

  beforeEach(async () => {
    org = await createOrg(getPool(), "Ingest org");
    key = await createKey(getPool(), org.orgId);
    orgs.push(org.orgId);
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [orgs]);
  });

  describe("whole-request errors write nothing", () => {
    it("401 for a missing, malformed, unknown or revoked key, all alike", async () => {
      const revoked = await createKey(getPool(), org.orgId, { revoked: true });
      const bodies = [];
      for (const k of [undefined, "nonsense", "cw_live_doesnotexist", revoked]) {
        const res = await post({ batch: makeEvents(1, "unauth") }, { key: k });
        expect(res.status).toBe(401);
        expect(res.headers.get("content-type")).toBe("application/problem+json");
        bodies.push(res.body);
      }
      expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
      expect(await count(org.orgId)).toBe(0);
    });

    it("403 for a key without the ingest scope", async () => {
      const readOnly = await createKey(getPool(), org.orgId, { scopes: ["usage:read"] });
      expect((await post({ batch: makeEvents(1, "scope") }, { key: readOnly })).status).toBe(403);
    });

    it("415 for a non-JSON content type", async () => {
      const res = await post({ batch: makeEvents(1, "ct") }, { key, contentType: "text/plain" });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe("unsupported_media_type");
    });

    it("400 for bad JSON and for a body without a batch array", async () => {
      expect((await post(null, { key, raw: '{"batch": [' })).body).toMatchObject({ status: 400, code: "invalid_json" });
      expect((await post({ events: [] }, { key })).body).toMatchObject({ status: 400, code: "missing_batch" });
      expect((await post([1, 2], { key })).status).toBe(400);
    });

    it("413 for more than 1,000 events or more than 1 MB", async () => {
      expect((await post({ batch: makeEvents(1001, "big") }, { key })).status).toBe(413);
      const huge = makeEvents(10, "mb", { metadata: { blob: "x".repeat(1000) } });
      const raw = JSON.stringify({ batch: huge, padding: "y".repeat(1024 * 1024) });
      expect((await post(null, { key, raw })).status).toBe(413);
      expect(await count(org.orgId)).toBe(0);
    });
  });

  it("stores a valid batch with computed costs and answers 200 in request order", async () => {
    const batch = makeEvents(3, "ok");
    const res = await post({ batch }, { key });
    expect(res.status).toBe(200);
    const body = ingestResponseSchema.parse(res.body);
    expect(body).toMatchObject({ accepted: 3, duplicate: 0, rejected: 0 });
    expect(body.results.map((r) => [r.index, r.eventId, r.status])).toEqual([[0, "ok-0", "accepted"], [1, "ok-1", "accepted"], [2, "ok-2", "accepted"]]);
    const [row] = await sqlRows<{ cost_nano: bigint; cost_source: string; provider: string; tier: string }>(
      getPool(), `SELECT cost_nano, cost_source, provider, tier FROM usage_events WHERE org_id = $1 AND event_id = 'ok-0'`, [org.orgId]);
    // gpt-4o-mini: 1000 × $0.15 + 100 × $0.60 per Mtok = $0.00021
    expect(row).toEqual({ cost_nano: 210_000n, cost_source: "computed", provider: "openai", tier: "small" });
  });

  it("rejects exactly the 7 invalid items at their indexes, names the field, and stores the rest (207)", async () => {
    const batch: unknown[] = makeEvents(20, "mixed");
    const bad: Record<number, [unknown, string, string]> = {
      1: [{ ...(batch[1] as object), outputTokens: -5 }, "outputTokens", "invalid_field"],
      4: [{ ...(batch[4] as object), inputTokens: 1.5 }, "inputTokens", "invalid_field"],
      6: [(() => { const { model: _m, ...rest } = batch[6] as Record<string, unknown>; return rest; })(), "model", "missing_field"],
      9: [{ ...(batch[9] as object), timestamp: "yesterday" }, "timestamp", "invalid_field"],
      11: [{ ...(batch[11] as object), surprise: true }, "surprise", "unknown_field"],
      15: ["not an object", "", "invalid_item"],
      19: [{ ...(batch[19] as object), costUsd: -1 }, "costUsd", "invalid_field"],
    };
    for (const [i, [item]] of Object.entries(bad)) batch[Number(i)] = item;
    const res = await post({ batch }, { key });
    expect(res.status).toBe(207);
    const body = ingestResponseSchema.parse(res.body);
    expect(body).toMatchObject({ accepted: 13, duplicate: 0, rejected: 7 });
    const rejected = body.results.filter((r) => r.status === "rejected");
    expect(rejected.map((r) => r.index)).toEqual([1, 4, 6, 9, 11, 15, 19]);
    for (const r of rejected) {
      const [, field, code] = bad[r.index];
      expect(r.error?.code).toBe(code);
      if (field) expect(r.error?.field).toBe(field);
      expect(r.error?.message.length).toBeGreaterThan(3);
    }
    expect(body.results.find((r) => r.index === 1)?.error?.message).toBe("must be an integer >= 0");
    const stored = await sqlRows<{ event_id: string }>(getPool(), `SELECT event_id FROM usage_events WHERE org_id = $1 AND event_id LIKE 'mixed-%'`, [org.orgId]);
    expect(stored).toHaveLength(13);
  });

  it("replaying 10,000 events stores 10,000 rows and reports 10,000 duplicates", async () => {
    const events = makeEvents(10_000, "replay");
    const send = async () => {
      const totals = { accepted: 0, duplicate: 0, rejected: 0 };
      for (let i = 0; i < events.length; i += 1000) {
        const res = await post({ batch: events.slice(i, i + 1000) }, { key });
        expect(res.status).toBe(200);
        for (const k of ["accepted", "duplicate", "rejected"] as const) totals[k] += res.body[k];
      }
      return totals;
    };
    expect(await send()).toEqual({ accepted: 10_000, duplicate: 0, rejected: 0 });
    expect(await send()).toEqual({ accepted: 0, duplicate: 10_000, rejected: 0 });
    const [n] = await sqlRows<{ n: bigint }>(getPool(), `SELECT count(*) AS n FROM usage_events WHERE org_id = $1 AND event_id LIKE 'replay-%'`, [org.orgId]);
    expect(n.n).toBe(10_000n);
  });

  it("8 parallel senders of the same batch store each event once", async () => {
    const batch = makeEvents(500, "race");
    const results = await Promise.all(Array.from({ length: 8 }, () => post({ batch }, { key })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.reduce((s, r) => s + r.body.accepted, 0)).toBe(500);
    expect(results.reduce((s, r) => s + r.body.duplicate, 0)).toBe(7 * 500);
    const [n] = await sqlRows<{ n: bigint }>(getPool(), `SELECT count(*) AS n FROM usage_events WHERE org_id = $1 AND event_id LIKE 'race-%'`, [org.orgId]);
    expect(n.n).toBe(500n);
  });

  it("treats a repeated eventId inside one batch as a duplicate", async () => {
    const [a] = makeEvents(1, "twice");
    const res = await post({ batch: [a, a] }, { key });
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(["accepted", "duplicate"]);
  });

  it("uses a reported cost as-is, stores unknown models as unpriced, infers the provider, and counts app cache hits as free", async () => {
    const batch = [
      { ...makeEvents(1, "reported")[0], costUsd: 0.0123 },
      { ...makeEvents(1, "unpriced")[0], model: "my-finetune-v3" },
      { ...makeEvents(1, "anthropic")[0], model: "claude-sonnet-4-20250514", inputTokens: 10_000, cachedInputTokens: 2_000, cacheWriteTokens: 3_000, outputTokens: 1_000 },
      { ...makeEvents(1, "cachehit")[0], cacheHit: true },
    ];
    expect((await post({ batch }, { key })).body.accepted).toBe(4);
    const rows = await sqlRows<{ event_id: string; cost_nano: bigint; cost_source: string; provider: string; tier: string | null }>(
      getPool(),
      `SELECT event_id, cost_nano, cost_source, provider, tier FROM usage_events WHERE org_id = $1 AND event_id = ANY($2) ORDER BY event_id`,
      [org.orgId, ["reported-0", "unpriced-0", "anthropic-0", "cachehit-0"]],
    );
    expect(rows).toEqual([
      { event_id: "anthropic-0", cost_nano: 41_850_000n, cost_source: "computed", provider: "anthropic", tier: "frontier" },
      { event_id: "cachehit-0", cost_nano: 0n, cost_source: "computed", provider: "openai", tier: "small" },
      { event_id: "reported-0", cost_nano: 12_300_000n, cost_source: "reported", provider: "openai", tier: "small" },
      { event_id: "unpriced-0", cost_nano: 0n, cost_source: "unpriced", provider: "unknown", tier: null },
    ]);
  });

  it("auto-creates unknown team and feature keys as unregistered, and files events without keys under 'unassigned'", async () => {
    const batch = [
      { ...makeEvents(1, "newkeys")[0], team: "data-science", feature: "churn-model" },
      (({ team: _t, feature: _f, ...rest }) => ({ ...rest, eventId: "nokeys-0" }))(makeEvents(1, "x")[0]),
    ];
    expect((await post({ batch }, { key })).body.accepted).toBe(2);
    const teams = await sqlRows<{ key: string; registered: boolean }>(getPool(), `SELECT key, registered FROM teams WHERE org_id = $1 ORDER BY key`, [org.orgId]);
    expect(teams).toEqual([{ key: "core", registered: true }, { key: "data-science", registered: false }, { key: "unassigned", registered: false }]);
    const [f] = await sqlRows<{ registered: boolean; team: string }>(
      getPool(), `SELECT f.registered, t.key AS team FROM features f JOIN teams t ON t.org_id = f.org_id AND t.id = f.team_id WHERE f.org_id = $1 AND f.key = 'churn-model'`, [org.orgId]);
    expect(f).toEqual({ registered: false, team: "data-science" });
  });

  it("keeps rollups equal to the sums over raw events, and never touches another org", async () => {
    const other = await createOrg(getPool(), "Other org");
    orgs.push(other.orgId);
    const days = ["2026-11-18T23:59:59.999Z", "2026-11-19T00:00:00Z", "2026-11-20T12:00:00Z"];
    const batch = Array.from({ length: 3000 }, (_, i) => ({
      ...makeEvents(1, `roll-${i}`, { timestamp: days[i % 3], model: ["gpt-4o-mini", "claude-sonnet-4-20250514", "my-finetune-v3"][i % 3 === 0 ? 0 : (i % 7) % 3] })[0],
      userId: `user-${i % 7}`,
      feature: i % 2 ? "chat" : "search",
    }));
    for (let i = 0; i < batch.length; i += 1000) expect((await post({ batch: batch.slice(i, i + 1000) }, { key })).status).toBe(200);
    expect((await post({ batch: batch.slice(0, 500) }, { key })).body.duplicate).toBe(500); // replays add nothing
    const [raw] = await sqlRows<{ n: bigint; cost: bigint; input: bigint }>(getPool(), `SELECT count(*) AS n, sum(cost_nano)::int8 AS cost, sum(input_tokens)::int8 AS input FROM usage_events WHERE org_id = $1`, [org.orgId]);
    const [rolled] = await sqlRows<{ n: bigint; cost: bigint; input: bigint }>(getPool(), `SELECT sum(requests)::int8 AS n, sum(cost_nano)::int8 AS cost, sum(input_tokens)::int8 AS input FROM daily_rollups WHERE org_id = $1`, [org.orgId]);
    expect(rolled).toEqual(raw);
    expect(raw.n).toBe(3000n);
    expect(await count(other.orgId)).toBe(0);
    const [users] = await sqlRows<{ n: bigint }>(getPool(), `SELECT hll_distinct(bit_or(bits)) AS n FROM feature_user_sketches WHERE org_id = $1`, [org.orgId]);
    expect(users.n).toBe(7n);
    // the sketches ingest built (in JS, over several shards) are bit for bit the ones the SQL rebuild builds from the events
    const merged = `SELECT span, start::text, feature_id, bit_or(bits)::text AS bits FROM feature_user_sketches WHERE org_id = $1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    const ingested = await sqlRows<{ span: number; start: string; feature_id: string; bits: string }>(getPool(), merged, [org.orgId]);
    expect(ingested.filter((s) => s.span === 1)).toHaveLength(6); // 3 days × 2 features
    expect(new Set(ingested.map((s) => s.span))).toEqual(new Set([1, 8, 64]));
    await rebuildDailyRollups(getPool(), org.orgId);
    expect(await sqlRows(getPool(), merged, [org.orgId])).toEqual(ingested);
  });
});

describe("POST /api/v1/events: strings PostgreSQL cannot store", () => {
  it("rejects a NUL character per item, naming the field, and stores the rest", async () => {
    const org = await createOrg(getPool(), "NUL org");
    const key = await createKey(getPool(), org.orgId);
    const batch = [...makeEvents(2, "nul-ok"), { ...makeEvents(1, "nul-bad")[0], userId: "a\u0000b" }, { ...makeEvents(1, "nul-meta")[0], metadata: { k: "v\u0000" } }];
    const res = await post({ batch }, { key });
    expect(res.status).toBe(207);
    expect(res.body.results.map((r: { status: string; error?: { field?: string } }) => [r.status, r.error?.field])).toEqual([
      ["accepted", undefined], ["accepted", undefined], ["rejected", "userId"], ["rejected", "metadata.k"],
    ]);
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [org.orgId]);
  });
});
