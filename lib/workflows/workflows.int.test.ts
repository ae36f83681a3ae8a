// Workflows on a small hand-computed dataset (September 2026): a 5-step agent of
// 1+2+3+4+5 cents against single calls averaging 3 cents is 5× a single call and 3×
// its most expensive step; a 1-step trace is a single call; a trace that started in
// August is not counted; team and feature filters; another org's traces are never
// counted and are 404; a trace's steps with their span depths, capped at 500.
import { beforeAll, describe, expect, it } from "vitest";
import type { NextRequest } from "next/server";
import { GET } from "@/app/api/v1/workflows/route";
import { GET as GET_TRACE } from "@/app/api/v1/workflows/[traceId]/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { insertEventRows, type EventRow } from "@/lib/ingest/insert-events";
import { workflowsSchema, workflowTraceSchema } from "@/lib/workflows/schemas";
import { createOrg, event } from "@/test/fixtures";
import { createKey } from "@/test/ingest-client";

const CENT = 10_000_000n;
const cents = (n: number) => (BigInt(n) * CENT).toString();
const SEPT = "from=2026-09-01&to=2026-09-30";
const sec = (base: string, s: number) => new Date(Date.parse(base) + s * 1000).toISOString();

describe("workflows", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let stranger: Awaited<ReturnType<typeof createOrg>>;
  let key: string;
  let theirKey: string;
  beforeAll(async () => {
    const pool = getPool();
    org = await createOrg(pool, "Workflows org");
    const [ops] = await sqlRows<{ id: string }>(pool, `INSERT INTO teams (org_id, key, name) VALUES ($1, 'ops', 'Ops') RETURNING id`, [org.orgId]);
    const chat = { teamId: org.teamId, featureId: org.features.chat };
    const search = { teamId: ops.id, featureId: org.features.search };
    const T0 = "2026-09-10T10:00:00.000Z";
    // s0 ─ s1 ─ s2, s0 ─ s3 ─ s4; the third step failed
    const parents = [null, "s0", "s1", "s0", "s3"];
    const agent: EventRow[] = [1, 2, 3, 4, 5].map((c, i) =>
      event(chat, { eventId: `agent-${i}`, ts: sec(T0, i), costNano: BigInt(c) * CENT, traceId: "agent-1", spanId: `s${i}`, parentSpanId: parents[i], status: i === 2 ? "error" : "ok", latencyMs: 100 * (i + 1) }),
    );
    const rows: EventRow[] = [
      ...agent,
      event(chat, { ts: "2026-09-11T08:00:00Z", costNano: 2n * CENT }), // untraced single calls of 2¢ and 4¢
      event(chat, { ts: "2026-09-12T08:00:00Z", costNano: 4n * CENT }),
      event(chat, { ts: "2026-09-13T08:00:00Z", costNano: 3n * CENT, traceId: "one-step", spanId: "x" }), // a 1-step trace is a single call
      // ops' search: a 2-step workflow of 1¢ + 1¢ and one untraced call of 1¢
      event(search, { ts: "2026-09-20T09:00:00Z", costNano: CENT, traceId: "search-1", spanId: "a" }),
      event(search, { ts: "2026-09-20T09:00:02Z", costNano: CENT, traceId: "search-1", spanId: "b", parentSpanId: "a" }),
      event(search, { ts: "2026-09-21T09:00:00Z", costNano: CENT }),
      // started in August: neither a September workflow nor a single call
      event(chat, { ts: "2026-08-31T23:59:59Z", costNano: 50n * CENT, traceId: "august", spanId: "a" }),
      event(chat, { ts: "2026-09-01T00:00:01Z", costNano: 50n * CENT, traceId: "august", spanId: "b", parentSpanId: "a" }),
      // October: a trace longer than the step cap
      ...Array.from({ length: 501 }, (_, i) => event(chat, { eventId: `long-${String(i).padStart(3, "0")}`, ts: sec("2026-10-02T00:00:00Z", i), costNano: 1n, traceId: "long", spanId: `l${i}`, parentSpanId: i ? `l${i - 1}` : null })),
    ];
    await insertEventRows(pool, org.orgId, rows, { rollups: true, shard: 1 });

    // another org: a dearer trace under the same id, and its own
    stranger = await createOrg(pool, "Stranger");
    const theirs = { teamId: stranger.teamId, featureId: stranger.features.chat };
    await insertEventRows(pool, stranger.orgId, [
      ...[0, 1, 2].map((i) => event(theirs, { ts: sec(T0, i), costNano: 100n * CENT, traceId: "agent-1", spanId: `t${i}` })),
      ...[0, 1].map((i) => event(theirs, { ts: sec(T0, i), costNano: 100n * CENT, traceId: "theirs", spanId: `t${i}` })),
      event(theirs, { ts: T0, costNano: 1000n * CENT }),
    ], { rollups: true, shard: 1 });
    key = await createKey(pool, org.orgId, { scopes: ["usage:read"] });
    theirKey = await createKey(pool, stranger.orgId, { scopes: ["usage:read"] });
  });

  const call = (search: string, k = key) =>
    GET(new Request(`http://localhost/api/v1/workflows?${search}`, { headers: { authorization: `Bearer ${k}` } }) as unknown as NextRequest, { params: Promise.resolve({}) });
  const trace = (traceId: string, k = key, search = "") =>
    GET_TRACE(new Request(`http://localhost/api/v1/workflows/${encodeURIComponent(traceId)}${search}`, { headers: { authorization: `Bearer ${k}` } }) as unknown as NextRequest, { params: Promise.resolve({ traceId }) });
  const figures = async (search: string, k = key) => {
    const res = await call(search, k);
    expect(res.status).toBe(200);
    return workflowsSchema.parse(await res.json());
  };

  it("measures workflows against single calls with hand-computed values", async () => {
    const w = await figures(SEPT);
    // workflows agent-1 (15¢, max step 5¢ → 3×) and search-1 (2¢, max 1¢ → 2×); single calls 2+4+3+1 = 10¢ over 4
    expect(w).toMatchObject({
      from: "2026-09-01", to: "2026-09-30", workflows: 2, steps: 7, avgSteps: 3.5, costNano: cents(17), avgCostNano: (85n * CENT / 10n).toString(),
      multiplierOverMaxStep: 2.5, singleCalls: 4, singleCallCostNano: (25n * CENT / 10n).toString(), multiplierOverSingleCall: 3.4,
    });
    expect(w.byFeature).toEqual([
      { key: "chat", name: "CHAT", workflows: 1, avgSteps: 5, avgCostNano: cents(15), singleCallCostNano: cents(3), multiplierOverSingleCall: 5 },
      { key: "search", name: "SEARCH", workflows: 1, avgSteps: 2, avgCostNano: cents(2), singleCallCostNano: cents(1), multiplierOverSingleCall: 2 },
    ]);
    expect(w.top).toEqual([
      { traceId: "agent-1", feature: "chat", featureName: "CHAT", steps: 5, costNano: cents(15), maxStepCostNano: cents(5), startTs: "2026-09-10T10:00:00.000Z", durationMs: 4000, errors: 1 },
      { traceId: "search-1", feature: "search", featureName: "SEARCH", steps: 2, costNano: cents(2), maxStepCostNano: cents(1), startTs: "2026-09-20T09:00:00.000Z", durationMs: 2000, errors: 0 },
    ]);
  });

  it("applies the team and feature filters to traces and single calls alike", async () => {
    const ops = await figures(`${SEPT}&team=ops`);
    expect(ops).toMatchObject({ workflows: 1, avgSteps: 2, costNano: cents(2), multiplierOverMaxStep: 2, singleCalls: 1, singleCallCostNano: cents(1), multiplierOverSingleCall: 2 });
    expect(ops.top.map((t) => t.traceId)).toEqual(["search-1"]);
    const chat = await figures(`${SEPT}&feature=chat`);
    expect(chat).toMatchObject({ workflows: 1, steps: 5, costNano: cents(15), multiplierOverMaxStep: 3, singleCalls: 3, singleCallCostNano: cents(3), multiplierOverSingleCall: 5 });
    expect(chat.byFeature.map((f) => f.key)).toEqual(["chat"]);
    expect((await figures(`${SEPT}&feature=nope`)).workflows).toBe(0);
  });

  it("gives zeros and nulls for a range without traces", async () => {
    const w = await figures("from=2026-07-01&to=2026-07-31");
    expect(w).toMatchObject({ workflows: 0, steps: 0, avgSteps: null, costNano: "0", avgCostNano: null, multiplierOverMaxStep: null, singleCallCostNano: null, multiplierOverSingleCall: null, byFeature: [], top: [] });
  });

  it("never counts another org's traces, and refuses other scopes and filters it does not apply", async () => {
    const theirs = await figures(SEPT, theirKey);
    expect(theirs).toMatchObject({ workflows: 2, steps: 5, costNano: cents(500), singleCalls: 1, singleCallCostNano: cents(1000) });
    const ingestOnly = await createKey(getPool(), org.orgId, { scopes: ["ingest"] });
    expect((await call(SEPT, ingestOnly)).status).toBe(403);
    const bad = await call(`${SEPT}&model=gpt-4o`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect((await call("from=2026-09-30&to=2026-09-01")).status).toBe(400);
  });

  it("lists the 20 dearest workflows, ties by trace id, when there are more", async () => {
    const pool = getPool();
    const busy = await createOrg(pool, "Busy");
    const base = { teamId: busy.teamId, featureId: busy.features.chat };
    // 30 two-step traces w00..w29 costing 2 × (i mod 15) nano: every cost twice, ties by trace id
    await insertEventRows(pool, busy.orgId, Array.from({ length: 30 }, (_, i) => [0, 1].map((s) =>
      event(base, { ts: sec("2026-09-05T00:00:00Z", i * 10 + s), costNano: BigInt(i % 15), traceId: `w${String(i).padStart(2, "0")}`, spanId: `s${s}` }))).flat(), { rollups: true, shard: 1 });
    const k = await createKey(pool, busy.orgId, { scopes: ["usage:read"] });
    const w = await figures(SEPT, k);
    const expected = Array.from({ length: 30 }, (_, i) => ({ id: `w${String(i).padStart(2, "0")}`, cost: 2 * (i % 15) }))
      .sort((a, b) => b.cost - a.cost || a.id.localeCompare(b.id)).slice(0, 20);
    expect(w.top.map((t) => [t.traceId, t.costNano])).toEqual(expected.map((e) => [e.id, String(e.cost)]));
    expect(w.workflows).toBe(30);
  });

  it("breaks one trace down step by step with span depths", async () => {
    const res = await trace("agent-1");
    expect(res.status).toBe(200);
    const t = workflowTraceSchema.parse(await res.json());
    expect(t).toMatchObject({ traceId: "agent-1", feature: "chat", startTs: "2026-09-10T10:00:00.000Z", endTs: "2026-09-10T10:00:04.000Z", costNano: cents(15), maxStepCostNano: cents(5), errors: 1, totalSteps: 5, truncated: false });
    expect(t.steps.map((s) => [s.eventId, s.costNano, s.depth, s.status, s.latencyMs])).toEqual([
      ["agent-0", cents(1), 0, "ok", 100], ["agent-1", cents(2), 1, "ok", 200], ["agent-2", cents(3), 2, "error", 300], ["agent-3", cents(4), 1, "ok", 400], ["agent-4", cents(5), 2, "ok", 500],
    ]);
    expect(t.steps[1]).toMatchObject({ provider: "openai", model: "gpt-4o-mini", inputTokens: 100, outputTokens: 10, cachedInputTokens: 0, spanId: "s1", parentSpanId: "s0", ts: "2026-09-10T10:00:01.000Z" });
  });

  it("caps a long trace's steps and says so", async () => {
    const t = workflowTraceSchema.parse(await (await trace("long")).json());
    expect([t.totalSteps, t.steps.length, t.stepLimit, t.truncated]).toEqual([501, 500, 500, true]);
    expect(t.steps[499]).toMatchObject({ eventId: "long-499", depth: 499 });
  });

  it("answers 404 for an unknown trace and for another org's, and 400 for parameters", async () => {
    for (const id of ["nope", "theirs"]) {
      const res = await trace(id);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
    const same = workflowTraceSchema.parse(await (await trace("agent-1", theirKey)).json()); // their own trace of the same id
    expect([same.totalSteps, same.costNano]).toEqual([3, cents(300)]);
    expect((await trace("agent-1", key, "?from=2026-09-01")).status).toBe(400);
  });
});
