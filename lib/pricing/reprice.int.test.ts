// Re-pricing is correct under concurrent ingest, picked up by every process at
// once, incremental (only the affected days) and never a stop-the-world.
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/events/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { createPriceOverride, listUnpricedModels } from "@/lib/pricing/overrides";
import { getOverview } from "@/lib/overview/queries";
import { parseFilters } from "@/lib/filters/schema";
import { resumePendingRepricing } from "@/lib/pricing/reprice";
import { computeCostNano, type UnitPrices } from "@/lib/pricing/cost";
import { createOrg, createUser } from "@/test/fixtures";
import { createKey, makeEvents, poster } from "@/test/ingest-client";
import { hourlyMismatches } from "@/test/rollups";

const post = poster(POST);
const MODEL = { model: "acme-llm-2", provider: "acme" };
const PRICE = { inputPerMtokUsd: "0.5", outputPerMtokUsd: "2" };
const NANO: UnitPrices = { inputPerMtokNano: 500_000_000n, outputPerMtokNano: 2_000_000_000n, cacheReadPerMtokNano: null, cacheWritePerMtokNano: null, perRequestNano: 0n };
const EXPECTED = computeCostNano({ inputTokens: 1000, outputTokens: 100 }, NANO); // makeEvents' usage

async function setup(name: string) {
  const org = await createOrg(getPool(), name);
  return { orgId: org.orgId, key: await createKey(getPool(), org.orgId), actor: await createUser(getPool(), "reprice") };
}

/** Raw events vs daily and hourly rollups of an org: they must always agree, shard deltas included. */
async function consistency(orgId: string) {
  const [r] = await sqlRows<{ raw_cost: string; rolled_cost: string; raw_unpriced: string; rolled_unpriced: string; raw_n: string; rolled_n: string }>(
    getPool(),
    `SELECT (SELECT coalesce(sum(cost_nano), 0)::text FROM usage_events WHERE org_id = $1) AS raw_cost,
            (SELECT coalesce(sum(cost_nano), 0)::text FROM daily_rollups WHERE org_id = $1) AS rolled_cost,
            (SELECT count(*)::text FROM usage_events WHERE org_id = $1 AND cost_source = 'unpriced') AS raw_unpriced,
            (SELECT coalesce(sum(unpriced_requests), 0)::text FROM daily_rollups WHERE org_id = $1) AS rolled_unpriced,
            (SELECT count(*)::text FROM usage_events WHERE org_id = $1) AS raw_n,
            (SELECT coalesce(sum(requests), 0)::text FROM daily_rollups WHERE org_id = $1) AS rolled_n`,
    [orgId],
  );
  expect(r.rolled_cost).toBe(r.raw_cost);
  expect(r.rolled_unpriced).toBe(r.raw_unpriced);
  expect(r.rolled_n).toBe(r.raw_n);
  // hourly rollups get the same corrections, per hour and key
  expect(await hourlyMismatches(getPool(), orgId)).toEqual([]);
}

const costs = (orgId: string, where = "true") =>
  sqlRows<{ cost_source: string; cost_nano: bigint; n: bigint }>(
    getPool(),
    `SELECT cost_source, cost_nano, count(*) AS n FROM usage_events WHERE org_id = $1 AND model = 'acme-llm-2' AND ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
    [orgId],
  );

describe("re-pricing", () => {
  it("a price committed by another process applies to this process's very next batch", async () => {
    const { orgId, key } = await setup("Other process org");
    await post({ batch: makeEvents(1, "before", MODEL) }, { key }); // caches the org's context here
    // what another server process does when an admin adds a price there
    await getPool().query(
      `INSERT INTO price_overrides (org_id, provider, model, effective_from, input_per_mtok_nano, output_per_mtok_nano, repriced_at)
       VALUES ($1, 'acme', 'acme-llm-2', '2026-01-01', 500000000, 2000000000, now())`,
      [orgId],
    );
    await getPool().query(`UPDATE orgs SET pricing_version = pricing_version + 1 WHERE id = $1`, [orgId]);
    await post({ batch: makeEvents(1, "after", MODEL) }, { key });
    expect(await costs(orgId, "event_id = 'after-0'")).toEqual([{ cost_source: "computed", cost_nano: EXPECTED, n: 1n }]);
  });

  it("leaves no event at the old price when batches keep arriving while a price is added", async () => {
    const { orgId, key, actor } = await setup("Concurrent reprice org");
    const days = ["2026-11-18", "2026-11-19", "2026-11-20"];
    let stop = false;
    let sent = 0;
    const sender = async (w: number) => {
      for (let i = 0; !stop || i < 2; i++) {
        const batch = days.flatMap((d, j) => makeEvents(20, `w${w}-${i}-${j}`, { ...MODEL, timestamp: `${d}T${String(5 + w).padStart(2, "0")}:00:00Z` }));
        const res = await post({ batch }, { key });
        expect(res.status).toBe(200);
        sent += batch.length;
      }
    };
    const senders = [0, 1, 2, 3].map(sender);
    await new Promise((r) => setTimeout(r, 150)); // let batches flow (not a timing assertion)
    const result = await createPriceOverride(orgId, actor, { ...MODEL, effectiveFrom: "2026-11-19", ...PRICE });
    stop = true;
    await Promise.all(senders);

    expect(result.days).toBe(2); // 11-19 and 11-20; 11-18 is before the effective date
    expect(await costs(orgId, "ts >= '2026-11-19'")).toEqual([{ cost_source: "computed", cost_nano: EXPECTED, n: BigInt((sent * 2) / 3) }]);
    expect(await costs(orgId, "ts < '2026-11-19'")).toEqual([{ cost_source: "unpriced", cost_nano: 0n, n: BigInt(sent / 3) }]);
    await consistency(orgId);
    expect((await listUnpricedModels(orgId)).map((m) => [m.model, m.requests, m.firstSeen, m.lastSeen])).toEqual([["acme-llm-2", sent / 3, "2026-11-18", "2026-11-18"]]);
  });

  it("does not stop ingest: a batch commits while a day's re-pricing transaction is open", async () => {
    const { orgId, key, actor } = await setup("Non-blocking org");
    await post({ batch: makeEvents(5, "old", { ...MODEL, timestamp: "2026-11-10T10:00:00Z" }) }, { key });
    const during: number[] = [];
    await createPriceOverride(orgId, actor, { ...MODEL, effectiveFrom: "2026-11-01", ...PRICE }, {
      duringDay: async () => {
        const res = await post({ batch: makeEvents(3, "during", { ...MODEL, timestamp: "2026-11-10T11:00:00Z" }) }, { key });
        during.push(res.status, res.body.accepted);
      },
    });
    expect(during).toEqual([200, 3]);
    expect(await costs(orgId)).toEqual([{ cost_source: "computed", cost_nano: EXPECTED, n: 8n }]);
    await consistency(orgId);
  });

  it("touches only the days and models it governs, in UTC days, up to the model's next override", async () => {
    const { orgId, key, actor } = await setup("Incremental org");
    await post({ batch: [
      ...makeEvents(2, "d9", { ...MODEL, timestamp: "2026-11-09T12:00:00Z" }), // before 11-10 00:00 UTC (already 11-10 at UTC+14)
      ...makeEvents(2, "d10", { ...MODEL, timestamp: "2026-11-10T00:00:00Z" }),
      ...makeEvents(2, "d15", { ...MODEL, timestamp: "2026-11-15T08:00:00Z" }),
      ...makeEvents(2, "other", { timestamp: "2026-11-12T08:00:00Z" }), // gpt-4o-mini, catalog-priced
    ] }, { key });
    // summed over shards: ingest's background fold may merge a finished day's shards at any time
    const otherRollups = () => sqlRows(getPool(), `SELECT day, sum(requests)::text AS requests, sum(cost_nano)::text AS cost_nano FROM daily_rollups WHERE org_id = $1 AND model <> 'acme-llm-2' GROUP BY 1 ORDER BY 1`, [orgId]);
    const before = await otherRollups();
    await createPriceOverride(orgId, actor, { ...MODEL, effectiveFrom: "2026-11-15", inputPerMtokUsd: "9", outputPerMtokUsd: "9" });
    const r = await createPriceOverride(orgId, actor, { ...MODEL, effectiveFrom: "2026-11-10", ...PRICE });
    expect([r.days, r.repriced]).toEqual([1, 2]); // 11-10 only: from 11-15 the later override governs
    expect(await otherRollups()).toEqual(before);
    const byEvent = await sqlRows<{ event_id: string; cost_source: string; cost_nano: bigint }>(getPool(), `SELECT event_id, cost_source, cost_nano FROM usage_events WHERE org_id = $1 AND model = 'acme-llm-2' ORDER BY 1`, [orgId]);
    const at9 = computeCostNano({ inputTokens: 1000, outputTokens: 100 }, { ...NANO, inputPerMtokNano: 9_000_000_000n, outputPerMtokNano: 9_000_000_000n });
    expect(byEvent.map((e) => [e.event_id, e.cost_source, e.cost_nano])).toEqual([
      ["d10-0", "computed", EXPECTED], ["d10-1", "computed", EXPECTED],
      ["d15-0", "computed", at9], ["d15-1", "computed", at9],
      ["d9-0", "unpriced", 0n], ["d9-1", "unpriced", 0n],
    ]);
    await consistency(orgId);
  });

  it("re-prices a catalog-priced model too, and moves events of an unknown provider under the override's", async () => {
    const { orgId, key, actor } = await setup("Catalog override org");
    const noProvider = makeEvents(2, "np", { model: "acme-llm-2", timestamp: "2026-11-12T08:00:00Z" }); // provider unknown until priced
    const catalog = makeEvents(2, "cat", { timestamp: "2026-11-12T08:00:00Z" }); // gpt-4o-mini at catalog price
    await post({ batch: [...noProvider, ...catalog] }, { key });
    await createPriceOverride(orgId, actor, { ...MODEL, effectiveFrom: "2026-11-01", ...PRICE });
    await createPriceOverride(orgId, actor, { provider: "openai", model: "gpt-4o-mini", effectiveFrom: "2026-11-01", ...PRICE });
    const rows = await sqlRows<{ provider: string; model: string; cost: bigint; n: bigint }>(
      getPool(),
      `SELECT provider, model, sum(cost_nano)::int8 AS cost, sum(requests)::int8 AS n FROM daily_rollups WHERE org_id = $1 GROUP BY 1, 2 HAVING sum(requests) <> 0 ORDER BY 1, 2`,
      [orgId],
    );
    expect(rows).toEqual([
      { provider: "acme", model: "acme-llm-2", cost: 2n * EXPECTED, n: 2n },
      { provider: "openai", model: "gpt-4o-mini", cost: 2n * EXPECTED, n: 2n },
    ]);
    await consistency(orgId);
    // the dashboard shows neither a phantom `unknown` model nor a stale unpriced warning
    const overview = await getOverview(orgId, parseFilters({ range: "30d" }, new Date("2026-11-20T12:00:00Z")).filters);
    expect(overview.models.map((m) => [m.provider, m.model, m.requests])).toEqual([["acme", "acme-llm-2", 2], ["openai", "gpt-4o-mini", 2]]);
    expect(overview.unpricedModels).toEqual([]);
  });

  it("finishes at server start a re-pricing that a crash interrupted", async () => {
    const { orgId, key } = await setup("Crash org");
    await post({ batch: makeEvents(3, "c", { ...MODEL, timestamp: "2026-11-12T08:00:00Z" }) }, { key });
    await getPool().query(
      `INSERT INTO price_overrides (org_id, provider, model, effective_from, input_per_mtok_nano, output_per_mtok_nano)
       VALUES ($1, 'acme', 'acme-llm-2', '2026-11-01', 500000000, 2000000000)`,
      [orgId],
    );
    expect(await resumePendingRepricing()).toBeGreaterThanOrEqual(1);
    expect(await costs(orgId)).toEqual([{ cost_source: "computed", cost_nano: EXPECTED, n: 3n }]);
    await consistency(orgId);
    const [o] = await sqlRows<{ done: boolean }>(getPool(), `SELECT repriced_at IS NOT NULL AS done FROM price_overrides WHERE org_id = $1`, [orgId]);
    expect(o.done).toBe(true);
  });
});
