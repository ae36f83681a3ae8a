// Money never overflows: the largest events validation accepts, many times over,
// still ingest, roll up, re-price and read back exactly; anything larger is a
// per-item rejection naming the field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { getOverview } from "@/lib/overview/queries";
import { parseFilters } from "@/lib/filters/schema";
import { listTeamsAndFeatures } from "@/lib/teams/queries";
import { listModelTiers } from "@/lib/pricing/tier-queries";
import { createPriceOverride } from "@/lib/pricing/overrides";
import { computeCostNano, type UnitPrices } from "@/lib/pricing/cost";
import { catalogPrice } from "@/lib/pricing/catalog";
import { MAX_EVENT_COST_NANO, MAX_EVENT_COST_USD, MAX_EVENT_TOKENS, MAX_PER_REQUEST_USD, MAX_PRICE_PER_MTOK_USD } from "@/lib/pricing/limits";
import { createOrg, createUser } from "@/test/fixtures";
import { createKey, makeEvents, poster } from "@/test/ingest-client";

const post = poster(POST);
const INT8_MAX = 9_223_372_036_854_775_807n;

// Two days ago at noon UTC: inside every "last 7/30 days" window whatever the server's time zone.
const now = new Date();
const ts = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 2, 12)).toISOString();

const maxTokens = {
  inputTokens: MAX_EVENT_TOKENS,
  cachedInputTokens: MAX_EVENT_TOKENS / 2,
  cacheWriteTokens: MAX_EVENT_TOKENS / 2,
  outputTokens: MAX_EVENT_TOKENS,
  reasoningTokens: MAX_EVENT_TOKENS,
};

describe("money arithmetic at the limits", () => {
  const orgIds: string[] = [];
  let actor: string;
  /** Each test gets its own org, so no test depends on another's data or order. */
  async function freshOrg() {
    const org = await createOrg(getPool(), "Overflow org");
    orgIds.push(org.orgId);
    return { org, key: await createKey(getPool(), org.orgId) };
  }
  beforeAll(async () => {
    actor = await createUser(getPool(), "overflow");
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [orgIds]);
    await getPool().query(`DELETE FROM users WHERE id = $1`, [actor]);
  });

  it("rejects per item, naming the field, a token count or a reported cost over the limit (207)", async () => {
    const { key } = await freshOrg();
    const res = await post({
      batch: [
        ...makeEvents(1, "ok", { timestamp: ts }),
        ...makeEvents(1, "too-many-tokens", { timestamp: ts, inputTokens: MAX_EVENT_TOKENS + 1 }),
        ...makeEvents(1, "too-many-output", { timestamp: ts, outputTokens: MAX_EVENT_TOKENS + 1 }),
        ...makeEvents(1, "too-costly", { timestamp: ts, costUsd: MAX_EVENT_COST_USD + 0.01 }),
      ],
    }, { key });
    expect(res.status).toBe(207);
    expect(res.body.results.map((r: { status: string; error?: { field?: string } }) => [r.status, r.error?.field])).toEqual([
      ["accepted", undefined],
      ["rejected", "inputTokens"],
      ["rejected", "outputTokens"],
      ["rejected", "costUsd"],
    ]);
  });

  it("stores 3,000 of the largest accepted events (sums past int8) and overview, teams and tiers still answer exactly", async () => {
    const { org, key } = await freshOrg();
    // the dearest catalog model at maximal token counts, computed…
    const o1pro = catalogPrice("o1-pro", "openai", Date.parse(ts))!.prices;
    const computed = computeCostNano(maxTokens, o1pro);
    expect(computed).toBeLessThanOrEqual(MAX_EVENT_COST_NANO);
    // …and the largest reported cost: 1,000 of them are 1e19 nano, more than int8 holds (9.2e18)
    const batches = [
      makeEvents(1, "ok", { timestamp: ts }),
      makeEvents(1_000, "reported-a", { timestamp: ts, model: "o1-pro", provider: "openai", ...maxTokens, costUsd: MAX_EVENT_COST_USD }),
      makeEvents(1_000, "reported-b", { timestamp: ts, model: "o1-pro", provider: "openai", ...maxTokens, costUsd: MAX_EVENT_COST_USD }),
      makeEvents(1_000, "computed", { timestamp: ts, model: "o1-pro", provider: "openai", ...maxTokens }),
    ];
    for (const batch of batches) {
      const res = await post({ batch }, { key });
      expect(res.status).toBe(200);
      expect(res.body.accepted).toBe(batch.length);
    }

    const [ok] = await sqlRows<{ cost_nano: bigint }>(getPool(), `SELECT cost_nano FROM usage_events WHERE org_id = $1 AND event_id = 'ok-0'`, [org.orgId]);
    const expected = 2_000n * MAX_EVENT_COST_NANO + 1_000n * computed + ok.cost_nano;
    expect(expected).toBeGreaterThan(INT8_MAX);

    const [rolled] = await sqlRows<{ cost: string; input: string }>(getPool(), `SELECT sum(cost_nano)::text AS cost, sum(input_tokens)::text AS input FROM daily_rollups WHERE org_id = $1`, [org.orgId]);
    expect(rolled.cost).toBe(expected.toString());
    expect(rolled.input).toBe((3_000n * BigInt(MAX_EVENT_TOKENS) + 1_000n).toString());

    const overview = await getOverview(org.orgId, parseFilters({ range: "7d" }).filters);
    expect(overview.totals.costNano).toBe(expected.toString());
    expect(overview.totals.requests).toBe(3_001);
    expect(overview.models.find((m) => m.model === "o1-pro")?.costNano).toBe((expected - ok.cost_nano).toString());
    expect(overview.daily.reduce((sum, d) => sum + BigInt(d.costNano), 0n)).toBe(expected);

    const { teams, features } = await listTeamsAndFeatures(org.orgId);
    expect(teams.find((t) => t.key === "core")?.costNano30d).toBe(expected.toString());
    expect(features.find((f) => f.key === "chat")?.costNano30d).toBe(expected.toString());

    const tiers = await listModelTiers(org.orgId);
    expect(tiers.find((t) => t.model === "o1-pro")).toMatchObject({ tier: "frontier", requests30d: 3_000, costNano30d: (expected - ok.cost_nano).toString() });
  });

  it("re-prices maximal events in SQL exactly like computeCostNano, at the largest override prices, rounding half up", async () => {
    const { org, key } = await freshOrg();
    const huge = { provider: "acme", model: "acme-huge" };
    const tiny = { provider: "acme", model: "acme-tiny" };
    const tinyInputs = [499_999, 500_000, 1_500_000, 2_500_000, 2_499_999]; // 1 nano per Mtok: x.5 ties round up
    const res = await post({
      batch: [
        ...makeEvents(3, "huge", { timestamp: ts, ...huge, ...maxTokens }),
        ...tinyInputs.flatMap((n) => makeEvents(1, `tiny-${n}`, { timestamp: ts, ...tiny, inputTokens: n, outputTokens: 0 })),
      ],
    }, { key });
    expect(res.body.accepted).toBe(3 + tinyInputs.length);

    const max = String(MAX_PRICE_PER_MTOK_USD);
    const effectiveFrom = ts.slice(0, 10);
    const hugeResult = await createPriceOverride(org.orgId, actor, {
      ...huge, effectiveFrom, inputPerMtokUsd: max, outputPerMtokUsd: max, cacheReadPerMtokUsd: "999.999999999", cacheWritePerMtokUsd: max, perRequestUsd: String(MAX_PER_REQUEST_USD),
    });
    expect(hugeResult.repriced).toBe(3);
    await createPriceOverride(org.orgId, actor, { ...tiny, effectiveFrom, inputPerMtokUsd: "0.000000001", outputPerMtokUsd: "0" });

    const hugePrices: UnitPrices = { inputPerMtokNano: 1_000_000_000_000n, outputPerMtokNano: 1_000_000_000_000n, cacheReadPerMtokNano: 999_999_999_999n, cacheWritePerMtokNano: 1_000_000_000_000n, perRequestNano: 1_000_000_000_000n };
    const rows = await sqlRows<{ event_id: string; cost_nano: bigint }>(getPool(), `SELECT event_id, cost_nano FROM usage_events WHERE org_id = $1 AND model LIKE 'acme-%' ORDER BY event_id`, [org.orgId]);
    const byId = Object.fromEntries(rows.map((r) => [r.event_id, r.cost_nano]));
    expect(byId["huge-0"]).toBe(computeCostNano(maxTokens, hugePrices));
    expect(byId["huge-0"]).toBeLessThanOrEqual(MAX_EVENT_COST_NANO);
    const tinyPrices: UnitPrices = { inputPerMtokNano: 1n, outputPerMtokNano: 0n, cacheReadPerMtokNano: null, cacheWritePerMtokNano: null, perRequestNano: 0n };
    expect(tinyInputs.map((n) => byId[`tiny-${n}-0`])).toEqual(tinyInputs.map((n) => computeCostNano({ inputTokens: n, outputTokens: 0 }, tinyPrices)));
    expect(tinyInputs.map((n) => byId[`tiny-${n}-0`])).toEqual([0n, 1n, 2n, 3n, 2n]);
  });
});
