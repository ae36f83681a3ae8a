// GET /api/v1/quality on a small hand-computed dataset: mean scores and signal
// rates (null where nothing carried the signal), cost per priced request, the
// cost–quality frontier, filters, shards summed, and another org's data never counted.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Member } from "@/lib/auth/session";
import type { EventRow } from "@/lib/ingest/insert-events";
import { insertEventRows } from "@/lib/ingest/insert-events";
import { qualitySchema } from "@/lib/quality/schemas";
import { createOrg, createUser, event } from "@/test/fixtures";
import { createKey } from "@/test/ingest-client";
import { callRoute } from "@/test/route-call";

const current: { member: Member | null } = { member: null };
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  requireMemberApi: async () => {
    if (!current.member) throw (await import("@/lib/api/errors")).unauthorized();
    return current.member;
  },
}));
const { GET } = await import("@/app/api/v1/quality/route");
const exportRoute = await import("@/app/api/v1/quality/export/route");

const SMALL = { provider: "openai", model: "gpt-4o-mini", tier: "small" as const, costNano: 1_000n };
const MID = { provider: "openai", model: "gpt-4.1", tier: "mid" as const, costNano: 5_000n };
const FRONTIER = { provider: "anthropic", model: "claude-opus-4", tier: "frontier" as const, costNano: 20_000n };
const MID2 = { provider: "openai", model: "gpt-4.1-mini", tier: "mid" as const, costNano: 3_000n };
const LOCAL = { provider: "local", model: "llama", tier: null, costNano: 0n, costSource: "unpriced" as const };
type Signals = Pick<EventRow, "qualityScore" | "hallucination" | "guardrailBlocked">;
const q = (qualityScore: number | null, hallucination: boolean | null, guardrailBlocked: boolean | null): Signals => ({ qualityScore, hallucination, guardrailBlocked });
const ts = "2026-09-10T12:00:00Z";

describe("GET /api/v1/quality", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let key: string;
  beforeAll(async () => {
    const pool = getPool();
    org = await createOrg(pool, "Quality org");
    const [ops] = await sqlRows<{ id: string }>(pool, `INSERT INTO teams (org_id, key, name) VALUES ($1, 'ops', 'Ops') RETURNING id`, [org.orgId]);
    const [bot] = await sqlRows<{ id: string }>(pool, `INSERT INTO features (org_id, key, name, team_id) VALUES ($1, 'bot', 'Ops bot', $2) RETURNING id`, [org.orgId, ops.id]);
    for (const m of [SMALL, MID, FRONTIER, MID2]) await pool.query(`INSERT INTO model_tiers (org_id, provider, model, tier) VALUES ($1, $2, $3, $4)`, [org.orgId, m.provider, m.model, m.tier]);
    const chat = { teamId: org.teamId, featureId: org.features.chat };
    const search = { teamId: org.teamId, featureId: org.features.search };
    const on = (f: typeof chat, m: Partial<EventRow>, s: Signals = q(null, null, null), at = ts) => event(f, { ...m, ...s, ts: at });
    // two batches in two shards: readers must sum them
    await insertEventRows(pool, org.orgId, [
      on(chat, SMALL, q(0.5, true, false)),
      on(chat, SMALL, q(0.75, false, false)),
      on(search, MID, q(0.875, false, null)),
      on(chat, FRONTIER, q(0.75, null, false)),
      on({ teamId: ops.id, featureId: bot.id }, MID2), // no signals at all
    ], { rollups: true, shard: 1 });
    await insertEventRows(pool, org.orgId, [
      on(chat, SMALL, q(0.5, false, false)),
      on(chat, SMALL, q(null, null, true)),
      on(search, MID, q(0.875, false, null)),
      on(chat, FRONTIER, q(0.75, null, false)),
      on(search, LOCAL, q(1, null, null)),
      on(chat, SMALL, q(0, true, true), "2026-10-02T00:00:00Z"), // after the range
    ], { rollups: true, shard: 2 });
    // another org with bad quality on the same keys and days: never counted
    const other = await createOrg(pool, "Other quality org");
    await insertEventRows(pool, other.orgId, [0, 1, 2].map(() => event({ teamId: other.teamId, featureId: other.features.chat }, { ...SMALL, ...q(0, true, true), ts })), { rollups: true, shard: 1 });
    key = await createKey(pool, org.orgId, { scopes: ["usage:read"] });
  });

  const get = async (query: string, auth: string | null = key) => {
    const res = await GET(new Request(`http://localhost/api/v1/quality?${query}`, { headers: auth ? { authorization: `Bearer ${auth}` } : {} }) as never, { params: Promise.resolve({}) });
    return { status: res.status, body: await res.json() };
  };
  const september = "from=2026-09-01&to=2026-09-30";

  it("gives hand-computed scores, rates and cost per request overall, per feature and per model", async () => {
    const { status, body } = await get(september);
    expect(status).toBe(200);
    const r = qualitySchema.parse(body);
    expect(r.from).toBe("2026-09-01");
    // 10 requests; scores 0.5+0.75+0.875+0.75+0.5+0.875+0.75+1 = 6 over 8; 1 hallucination in 5 checks; 1 block in 6 checks
    expect(r.overall).toEqual({ requests: 10, scored: 8, meanScore: 0.75, hallucinationChecked: 5, hallucinationRate: 0.2, guardrailChecked: 6, guardrailBlockRate: 1 / 6 });
    expect(r.byFeature).toEqual([
      // 4 small ($1,000 n each) + 2 frontier (20,000 n): 44,000 / 6 = 7,333.3; scores 3.25 / 5; 1 of 3 hallucinations; 1 of 6 blocks
      { key: "chat", name: "CHAT", requests: 6, scored: 5, meanScore: 0.65, hallucinationRate: 1 / 3, guardrailBlockRate: 1 / 6, costPerRequestNano: "7333" },
      // the unpriced request is left out of cost per request (10,000 / 2); no guardrail signal: null, not 0
      { key: "search", name: "SEARCH", requests: 3, scored: 3, meanScore: 0.9167, hallucinationRate: 0, guardrailBlockRate: null, costPerRequestNano: "5000" },
      { key: "bot", name: "Ops bot", requests: 1, scored: 0, meanScore: null, hallucinationRate: null, guardrailBlockRate: null, costPerRequestNano: "3000" },
    ]);
    expect(r.byModel).toEqual([
      { provider: "openai", model: "gpt-4o-mini", tier: "small", requests: 4, costPerRequestNano: "1000", scored: 3, meanScore: 0.5833, hallucinationRate: 1 / 3, guardrailBlockRate: 0.25, efficient: true },
      // the frontier model is dearer than gpt-4.1 and scores lower: off the frontier
      { provider: "anthropic", model: "claude-opus-4", tier: "frontier", requests: 2, costPerRequestNano: "20000", scored: 2, meanScore: 0.75, hallucinationRate: null, guardrailBlockRate: 0, efficient: false },
      { provider: "openai", model: "gpt-4.1", tier: "mid", requests: 2, costPerRequestNano: "5000", scored: 2, meanScore: 0.875, hallucinationRate: 0, guardrailBlockRate: null, efficient: true },
      // no score, or no price: never on the frontier (the unpriced model's best score does not knock the others off)
      { provider: "local", model: "llama", tier: null, requests: 1, costPerRequestNano: null, scored: 1, meanScore: 1, hallucinationRate: null, guardrailBlockRate: null, efficient: false },
      { provider: "openai", model: "gpt-4.1-mini", tier: "mid", requests: 1, costPerRequestNano: "3000", scored: 0, meanScore: null, hallucinationRate: null, guardrailBlockRate: null, efficient: false },
    ]);
  });

  it("applies team, feature and model filters to every figure, and the frontier is of the filtered models", async () => {
    const ops = qualitySchema.parse((await get(`${september}&team=ops`)).body);
    expect(ops.overall).toEqual({ requests: 1, scored: 0, meanScore: null, hallucinationChecked: 0, hallucinationRate: null, guardrailChecked: 0, guardrailBlockRate: null });
    expect(ops.byFeature.map((f) => f.key)).toEqual(["bot"]);
    const chat = qualitySchema.parse((await get(`${september}&feature=chat`)).body);
    expect(chat.overall).toMatchObject({ requests: 6, scored: 5, meanScore: 0.65 });
    // without gpt-4.1 in view, nothing cheaper scores higher than the frontier model
    expect(chat.byModel.map((m) => [m.model, m.efficient])).toEqual([["gpt-4o-mini", true], ["claude-opus-4", true]]);
    const frontier = qualitySchema.parse((await get(`${september}&provider=anthropic&model=claude-opus-4`)).body);
    expect(frontier.byModel.map((m) => [m.model, m.efficient])).toEqual([["claude-opus-4", true]]); // alone, nothing beats it
    expect(frontier.byFeature).toEqual([expect.objectContaining({ key: "chat", requests: 2, costPerRequestNano: "20000" })]);
  });

  it("answers an empty view with zeros and null rates, and another org's key sees none of this org's data", async () => {
    const empty = qualitySchema.parse((await get("from=2026-08-01&to=2026-08-31")).body);
    expect(empty).toEqual({ from: "2026-08-01", to: "2026-08-31", overall: { requests: 0, scored: 0, meanScore: null, hallucinationChecked: 0, hallucinationRate: null, guardrailChecked: 0, guardrailBlockRate: null }, byFeature: [], byModel: [] });
    const stranger = await createOrg(getPool(), "Stranger");
    const theirs = await createKey(getPool(), stranger.orgId, { scopes: ["usage:read"] });
    expect(qualitySchema.parse((await get(september, theirs)).body)).toMatchObject({ overall: { requests: 0 }, byFeature: [], byModel: [] });
  });

  it("refuses bad input (400), a key without usage:read (403) and no session (401); a member's session reads its own org", async () => {
    expect((await get("from=2026-09-30&to=2026-09-01")).status).toBe(400);
    const bad = await get(`${september}&tier=small`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("tier");
    const ingestOnly = await createKey(getPool(), org.orgId, { scopes: ["ingest"] });
    expect((await get(september, ingestOnly)).status).toBe(403);
    current.member = null;
    expect((await callRoute(GET, "GET", { path: "/api/v1/quality", query: `?${september}` })).status).toBe(401);
    current.member = { userId: await createUser(getPool(), "q-viewer"), email: "q@test", name: null, orgId: org.orgId, orgName: "Quality org", role: "viewer" };
    const viaSession = await callRoute(GET, "GET", { path: "/api/v1/quality", query: `?${september}` });
    expect(viaSession.status).toBe(200);
    expect(qualitySchema.parse(viaSession.body).overall.requests).toBe(10);
  });

  it("exports the per-model table as CSV with exact USD, and refuses an unknown table", async () => {
    const res = await exportRoute.GET(new Request(`http://localhost/api/v1/quality/export?table=models&${september}`, { headers: { authorization: `Bearer ${key}` } }) as never, { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const lines = (await res.text()).replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toBe("provider,model,tier,requests,scored,mean_score,hallucination_rate,guardrail_block_rate,cost_per_request_usd,efficient");
    expect(lines[1]).toBe(`openai,gpt-4o-mini,small,4,3,0.5833,${1 / 3},0.25,0.000001,true`);
    expect(lines).toContain("local,llama,,1,1,1,,,,false");
    const bad = await exportRoute.GET(new Request(`http://localhost/api/v1/quality/export?table=teams&${september}`, { headers: { authorization: `Bearer ${key}` } }) as never, { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);
  });
});
