import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { createPriceOverride, listUnpricedModels } from "@/lib/pricing/overrides";
import { computeCostNano } from "@/lib/pricing/cost";
import { createOrg, createUser } from "@/test/fixtures";
import { createKey, makeEvents, poster } from "@/test/ingest-client";

const post = poster(POST);

describe("price overrides", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let key: string;
  let actor: string;
  beforeAll(async () => {
    org = await createOrg(getPool(), "Pricing org");
    key = await createKey(getPool(), org.orgId);
    actor = await createUser(getPool(), "pricing");
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [org.orgId]);
    await getPool().query(`DELETE FROM users WHERE id = $1`, [actor]);
  });

  it("lists an unknown model as unpriced, then re-prices its stored events (same nano-USD as the JS formula) and the rollups", async () => {
    const events = [
      ...makeEvents(3, "old", { model: "acme-llm-1", provider: "acme", timestamp: "2026-11-01T10:00:00Z", inputTokens: 10_000, cachedInputTokens: 4_000, outputTokens: 777 }),
      ...makeEvents(2, "new", { model: "acme-llm-1", provider: "acme", timestamp: "2026-11-20T10:00:00Z", inputTokens: 12_345, outputTokens: 1_001 }),
    ];
    expect((await post({ batch: events }, { key })).body.accepted).toBe(5);
    expect(await listUnpricedModels(org.orgId)).toMatchObject([{ provider: "acme", model: "acme-llm-1", requests: 5 }]);

    const result = await createPriceOverride(org.orgId, actor, {
      provider: "acme", model: "acme-llm-1", effectiveFrom: "2026-11-10", inputPerMtokUsd: "0.33", outputPerMtokUsd: "1.7", cacheReadPerMtokUsd: "0.033",
    });
    expect(result.repriced).toBe(2); // only events on or after the effective date
    const prices = { inputPerMtokNano: 330_000_000n, outputPerMtokNano: 1_700_000_000n, cacheReadPerMtokNano: 33_000_000n, cacheWritePerMtokNano: null, perRequestNano: 0n };
    const expected = computeCostNano({ inputTokens: 12_345, outputTokens: 1_001 }, prices);
    const rows = await sqlRows<{ event_id: string; cost_nano: bigint; cost_source: string }>(getPool(), `SELECT event_id, cost_nano, cost_source FROM usage_events WHERE org_id = $1 ORDER BY event_id`, [org.orgId]);
    expect(rows).toEqual([
      { event_id: "new-0", cost_nano: expected, cost_source: "computed" },
      { event_id: "new-1", cost_nano: expected, cost_source: "computed" },
      { event_id: "old-0", cost_nano: 0n, cost_source: "unpriced" },
      { event_id: "old-1", cost_nano: 0n, cost_source: "unpriced" },
      { event_id: "old-2", cost_nano: 0n, cost_source: "unpriced" },
    ]);
    const [rolled] = await sqlRows<{ cost: bigint; unpriced: bigint }>(getPool(), `SELECT sum(cost_nano)::int8 AS cost, sum(unpriced_requests)::int8 AS unpriced FROM daily_rollups WHERE org_id = $1`, [org.orgId]);
    expect(rolled).toEqual({ cost: 2n * expected, unpriced: 3n });

    // new events after the effective date are priced by the override at ingest (cache read price included)
    expect((await post({ batch: makeEvents(1, "later", { model: "acme-llm-1", provider: "acme", timestamp: "2026-11-21T00:00:00Z", inputTokens: 10_000, cachedInputTokens: 4_000, outputTokens: 777 }) }, { key })).body.accepted).toBe(1);
    const [later] = await sqlRows<{ cost_nano: bigint }>(getPool(), `SELECT cost_nano FROM usage_events WHERE org_id = $1 AND event_id = 'later-0'`, [org.orgId]);
    expect(later.cost_nano).toBe(computeCostNano({ inputTokens: 10_000, cachedInputTokens: 4_000, outputTokens: 777 }, prices));
  });

  it("rejects a malformed amount before writing anything", async () => {
    const { createPriceOverrideSchema } = await import("@/lib/pricing/schemas");
    const parsed = createPriceOverrideSchema.safeParse({ provider: "a", model: "b", effectiveFrom: "2026-01-01", inputPerMtokUsd: "1,5", outputPerMtokUsd: "2" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(["inputPerMtokUsd"]);
  });
});
