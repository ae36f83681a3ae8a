// Caching figures on a small hand-computed dataset: response-cache hit rate and
// avoided cost, prompt-cache share and savings priced per day (catalog, then an
// org override), unpriced and undiscounted models, filters, other orgs, bad input.
//
// Catalog prices (nano-USD per million tokens) written out:
//   openai/gpt-4o-mini   input 150,000,000 ($0.15)  cache read 75,000,000 ($0.075) → saves 75 nano per cached token
//   openai/gpt-3.5-turbo input 500,000,000          no cache-read price → no discount: savings 0, priced:false
//   acme/acme-llm-1      not in the catalog → unpriced: savings 0, priced:false
// Override from 2026-09-20: gpt-4o-mini input $1.00, cache read $0.25 → saves 750 nano per cached token.
import { beforeAll, describe, expect, it } from "vitest";
import type { NextRequest } from "next/server";
import { GET } from "@/app/api/v1/caching/route";
import { GET as EXPORT } from "@/app/api/v1/caching/export/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { insertEventRows } from "@/lib/ingest/insert-events";
import { parseFilters } from "@/lib/filters/schema";
import { getCaching } from "@/lib/caching/queries";
import { cachingSchema } from "@/lib/caching/schemas";
import { createOrg, event } from "@/test/fixtures";
import { createKey } from "@/test/ingest-client";

const NOW = new Date("2026-10-05T12:00:00Z"); // September is in the past for the real clock too (the HTTP tests)
const SEPT = "from=2026-09-01&to=2026-09-30";

describe("caching", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  beforeAll(async () => {
    const pool = getPool();
    org = await createOrg(pool, "Caching org");
    const [ops] = await sqlRows<{ id: string }>(pool, `INSERT INTO teams (org_id, key, name) VALUES ($1, 'ops', 'Ops') RETURNING id`, [org.orgId]);
    const [faq] = await sqlRows<{ id: string }>(pool, `INSERT INTO features (org_id, key, name, team_id) VALUES ($1, 'faq', 'FAQ', $2) RETURNING id`, [org.orgId, ops.id]);
    await pool.query(
      `INSERT INTO price_overrides (org_id, provider, model, effective_from, input_per_mtok_nano, output_per_mtok_nano, cache_read_per_mtok_nano, repriced_at)
       VALUES ($1, 'openai', 'gpt-4o-mini', '2026-09-20', 1000000000, 2000000000, 250000000, now())`,
      [org.orgId],
    );
    await pool.query(`UPDATE orgs SET pricing_version = pricing_version + 1 WHERE id = $1`, [org.orgId]);
    const chat = { teamId: org.teamId, featureId: org.features.chat };
    const search = { teamId: org.teamId, featureId: org.features.search };
    const faqBase = { teamId: ops.id, featureId: faq.id };
    const n = <T>(count: number, make: () => T) => Array.from({ length: count }, make);
    const hit = { inputTokens: 0, outputTokens: 0, costNano: 0n, cacheHit: true };
    await insertEventRows(pool, org.orgId, [
      // chat: 8 paid requests of $0.001 with 400 of 1,000 input tokens cached, Sep 10
      ...n(8, () => event(chat, { ts: "2026-09-10T10:00:00Z", inputTokens: 1000, cachedInputTokens: 400, costNano: 1_000_000n })),
      // search: 2 on Sep 5 (catalog) and 2 on Sep 25 (override), 1,000 of 2,000 cached each
      ...n(2, () => event(search, { ts: "2026-09-05T10:00:00Z", inputTokens: 2000, cachedInputTokens: 1000, costNano: 500_000n })),
      ...n(2, () => event(search, { ts: "2026-09-25T10:00:00Z", inputTokens: 2000, cachedInputTokens: 1000, costNano: 3_000_000n })),
      event(search, { ts: "2026-09-12T10:00:00Z", provider: "acme", model: "acme-llm-1", tier: null, inputTokens: 500, cachedInputTokens: 200, costNano: 0n, costSource: "unpriced" }),
      event(search, { ts: "2026-09-15T10:00:00Z", model: "gpt-3.5-turbo", inputTokens: 1000, cachedInputTokens: 500, costNano: 250_000n }),
      // outside the range
      event(chat, { ts: "2026-08-31T23:59:59Z", inputTokens: 9000, cachedInputTokens: 9000, costNano: 99_000_000n }),
      event(chat, { ts: "2026-10-01T00:00:00Z", ...hit }),
    ], { rollups: true, shard: 1 });
    // hits in another shard (readers sum over shards): 2 for chat, and faq's 3 requests are all hits
    await insertEventRows(pool, org.orgId, [
      ...n(2, () => event(chat, { ts: "2026-09-10T11:00:00Z", ...hit })),
      ...n(3, () => event(faqBase, { ts: "2026-09-20T11:00:00Z", ...hit })),
    ], { rollups: true, shard: 2 });
    // another org with the same feature keys: never counted
    const other = await createOrg(pool, "Other caching org");
    await insertEventRows(pool, other.orgId, [
      ...n(4, () => event({ teamId: other.teamId, featureId: other.features.chat }, { ts: "2026-09-10T10:00:00Z", inputTokens: 5000, cachedInputTokens: 5000, costNano: 7_000_000n })),
      event({ teamId: other.teamId, featureId: other.features.chat }, { ts: "2026-09-10T10:00:00Z", ...hit }),
    ], { rollups: true, shard: 1 });
  });

  const caching = async (search: string) => cachingSchema.parse(await getCaching(org.orgId, parseFilters(new URLSearchParams(search), NOW).filters));

  it("returns hand-computed hit rate, avoided cost, prompt-cache share and savings for September", async () => {
    const c = await caching(SEPT);
    expect([c.from, c.to]).toEqual(["2026-09-01", "2026-09-30"]);
    // 19 requests (chat 10, search 6, faq 3), 5 hits; avoided: chat's 2 hits × $0.008 / 8 = 2,000,000; faq's 3 are unknown
    expect(c.responseCache).toEqual({ requests: 19, hits: 5, hitRate: 0.2632, avoidedCostNano: "2000000", unknownCostHits: 3 });
    // input 8,000 + 9,500; cached 3,200 + 4,700; savings 3,200×75 + 2,000×75 + 2,000×750 = 240,000 + 150,000 + 1,500,000
    expect(c.promptCache).toEqual({ inputTokens: "17500", cachedInputTokens: "7900", share: 0.4514, savingsNano: "1890000" });
    expect(c.byFeature).toEqual([
      { key: "chat", name: "CHAT", requests: 10, hits: 2, hitRate: 0.2, avoidedCostNano: "2000000", inputTokens: "8000", cachedInputTokens: "3200", cachedShare: 0.4, promptSavingsNano: "240000" },
      { key: "search", name: "SEARCH", requests: 6, hits: 0, hitRate: 0, avoidedCostNano: "0", inputTokens: "9500", cachedInputTokens: "4700", cachedShare: 0.4947, promptSavingsNano: "1650000" },
      { key: "faq", name: "FAQ", requests: 3, hits: 3, hitRate: 1, avoidedCostNano: null, inputTokens: "0", cachedInputTokens: "0", cachedShare: null, promptSavingsNano: "0" },
    ]);
    expect(c.byModel).toEqual([
      { provider: "openai", model: "gpt-4o-mini", inputTokens: "16000", cachedInputTokens: "7200", cachedShare: 0.45, promptSavingsNano: "1890000", priced: true, gap: null },
      { provider: "openai", model: "gpt-3.5-turbo", inputTokens: "1000", cachedInputTokens: "500", cachedShare: 0.5, promptSavingsNano: "0", priced: false, gap: "no_cache_discount" },
      { provider: "acme", model: "acme-llm-1", inputTokens: "500", cachedInputTokens: "200", cachedShare: 0.4, promptSavingsNano: "0", priced: false, gap: "unpriced" },
    ]);
  });

  it("prices each day at the price in effect then: before the override's date, search saves 75 nano per cached token", async () => {
    const c = await caching("from=2026-09-01&to=2026-09-19");
    expect(c.byFeature.find((f) => f.key === "search")?.promptSavingsNano).toBe("150000"); // 2,000 × 75
    expect(c.promptCache.savingsNano).toBe("390000");
    expect((await caching("from=2026-09-20&to=2026-09-30")).promptCache.savingsNano).toBe("1500000"); // 2,000 × 750
  });

  it("applies the team, feature and model filters", async () => {
    const core = await caching(`${SEPT}&team=core`);
    expect(core.responseCache).toEqual({ requests: 16, hits: 2, hitRate: 0.125, avoidedCostNano: "2000000", unknownCostHits: 0 });
    expect(core.byFeature.map((f) => f.key)).toEqual(["chat", "search"]);
    const search = await caching(`${SEPT}&feature=search`);
    expect(search.byFeature.map((f) => f.key)).toEqual(["search"]);
    expect(search.promptCache).toEqual({ inputTokens: "9500", cachedInputTokens: "4700", share: 0.4947, savingsNano: "1650000" });
    const mini = await caching(`${SEPT}&provider=openai&model=gpt-4o-mini`);
    expect(mini.byModel.map((m) => m.model)).toEqual(["gpt-4o-mini"]);
    expect(mini.responseCache).toMatchObject({ requests: 17, hits: 5 });
    const empty = await caching("from=2026-07-01&to=2026-07-31");
    expect(empty).toMatchObject({ responseCache: { requests: 0, hits: 0, hitRate: null, avoidedCostNano: "0", unknownCostHits: 0 }, promptCache: { share: null, savingsNano: "0" }, byFeature: [], byModel: [] });
  });

  const call = (handler: typeof GET, path: string, search: string, headers: Record<string, string> = {}) =>
    handler(new Request(`http://localhost/api/v1/${path}?${search}`, { headers }) as unknown as NextRequest, { params: Promise.resolve({}) });

  it("answers an API key with usage:read with its own org's figures only, refuses other keys and bad input with a 400", async () => {
    const key = await createKey(getPool(), org.orgId, { scopes: ["usage:read"] });
    const res = await call(GET, "caching", SEPT, { authorization: `Bearer ${key}` });
    expect(res.status).toBe(200);
    expect(cachingSchema.parse(await res.json()).responseCache.requests).toBe(19);
    const ingestOnly = await createKey(getPool(), org.orgId, { scopes: ["ingest"] });
    expect((await call(GET, "caching", SEPT, { authorization: `Bearer ${ingestOnly}` })).status).toBe(403);
    for (const bad of ["from=2026-13-01&to=2026-09-30", "from=2026-09-30&to=2026-09-01", `${SEPT}&colour=red`]) {
      const r = await call(GET, "caching", bad, { authorization: `Bearer ${key}` });
      expect(r.status).toBe(400);
      expect(r.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("exports a table as CSV with exact USD amounts", async () => {
    const key = await createKey(getPool(), org.orgId, { scopes: ["usage:read"] });
    const res = await call(EXPORT, "caching/export", `table=features&${SEPT}`, { authorization: `Bearer ${key}` });
    expect(res.status).toBe(200);
    const lines = (await res.text()).replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toBe("feature_key,feature,requests,cache_hits,hit_rate,avoided_cost_usd,input_tokens,cached_input_tokens,cached_share,prompt_cache_savings_usd");
    expect(lines[1]).toBe("chat,CHAT,10,2,0.2,0.002,8000,3200,0.4,0.00024");
    expect(lines[3]).toBe("faq,FAQ,3,3,1,,0,0,,0.00");
    expect((await call(EXPORT, "caching/export", `table=teams&${SEPT}`, { authorization: `Bearer ${key}` })).status).toBe(400);
  });
});
