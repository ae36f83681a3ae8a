// Routing figures, the what-if simulator and the reference model through the real
// route handlers and database, against values computed by hand on a small fixed
// dataset (below). Only the session lookup is replaced, by members of real orgs.
//
// Prices ($/Mtok, org overrides from 2025-01-01): acme-big (frontier) in 10 / out 30
// / cache read 1; acme-mid (mid) in 1 / out 3; acme-small (small) in 0.1 / out 0.4.
// One UTC day, 2025-10-05, team core:
//   chat:   6 × small (1,000 in, 100 out)          = 140,000 nano each; on big 13,000,000
//           2 × mid (2,000 in of which 1,000 cached, 200 out) = 2,600,000 each; on big 17,000,000
//           2 × big (1,000 in, 100 out)            = 13,000,000 each
//   search: 3 × big (1,000 in, 100 out) = 13,000,000 each, 1 app-cache hit on big (same tokens, cost 0),
//           1 × an unpriced model without a tier
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Member } from "@/lib/auth/session";
import { insertEventRows, type EventRow } from "@/lib/ingest/insert-events";
import { createPriceOverride } from "@/lib/pricing/overrides";
import { routingSchema, simulationSchema } from "@/lib/routing/schemas";
import { createKey } from "@/test/ingest-client";
import { createOrg, createUser, event } from "@/test/fixtures";
import { callRoute } from "@/test/route-call";

const current: { member: Member | null } = { member: null };
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  requireMemberApi: async () => current.member,
}));

const routing = await import("@/app/api/v1/routing/route");
const simulateRoute = await import("@/app/api/v1/routing/simulate/route");
const referenceRoute = await import("@/app/api/v1/routing/reference-model/route");

const DAY = "2025-10-05";
const get = (query: string) => callRoute(routing.GET, "GET", { path: "/api/v1/routing", query });
const simulate = (body: unknown) => callRoute(simulateRoute.POST, "POST", { path: "/api/v1/routing/simulate", body });
const setReference = (body: unknown) => callRoute(referenceRoute.PUT, "PUT", { path: "/api/v1/routing/reference-model", body });

type Org = Awaited<ReturnType<typeof createOrg>>;

async function seed(org: Org, actor: string) {
  for (const [model, tier, input, output, cacheRead] of [["acme-big", "frontier", "10", "30", "1"], ["acme-mid", "mid", "1", "3", undefined], ["acme-small", "small", "0.1", "0.4", undefined]] as const) {
    await createPriceOverride(org.orgId, actor, { provider: "acme", model, effectiveFrom: "2025-01-01", inputPerMtokUsd: input, outputPerMtokUsd: output, ...(cacheRead ? { cacheReadPerMtokUsd: cacheRead } : {}) });
    await getPool().query(`INSERT INTO model_tiers (org_id, provider, model, tier, manual) VALUES ($1, 'acme', $2, $3, true) ON CONFLICT (org_id, provider, model) DO UPDATE SET tier = EXCLUDED.tier, manual = true`, [org.orgId, model, tier]);
  }
  const at = (i: number) => `${DAY}T${String(8 + (i % 10)).padStart(2, "0")}:00:00Z`;
  const chat = { teamId: org.teamId, featureId: org.features.chat };
  const search = { teamId: org.teamId, featureId: org.features.search };
  const rows: EventRow[] = [
    ...Array.from({ length: 6 }, (_, i) => event(chat, { ts: at(i), provider: "acme", model: "acme-small", inputTokens: 1000, outputTokens: 100, costNano: 140_000n, requestedModel: i < 4 ? "acme-big" : null, tier: "small" })),
    ...Array.from({ length: 2 }, (_, i) => event(chat, { ts: at(i), provider: "acme", model: "acme-mid", inputTokens: 2000, cachedInputTokens: 1000, outputTokens: 200, costNano: 2_600_000n, requestedModel: "acme-mid", tier: "mid" })),
    ...Array.from({ length: 2 }, (_, i) => event(chat, { ts: at(i), provider: "acme", model: "acme-big", inputTokens: 1000, outputTokens: 100, costNano: 13_000_000n, requestedModel: "acme-big", tier: "frontier" })),
    ...Array.from({ length: 3 }, (_, i) => event(search, { ts: at(i), provider: "acme", model: "acme-big", inputTokens: 1000, outputTokens: 100, costNano: 13_000_000n, tier: "frontier" })),
    event(search, { ts: at(3), provider: "acme", model: "acme-big", inputTokens: 1000, outputTokens: 100, costNano: 0n, cacheHit: true, tier: "frontier" }),
    event(search, { ts: at(4), provider: "acme", model: "mystery-model", costNano: 0n, costSource: "unpriced", tier: null }),
  ];
  await insertEventRows(getPool(), org.orgId, rows, { rollups: true, shard: 1 });
}

describe("routing API", () => {
  let org: Org;
  let other: Org;
  const users: string[] = [];
  const as = (o: Org, role: Member["role"]) => {
    current.member = { userId: users[0], email: `${role}@test`, name: null, orgId: o.orgId, orgName: "org", role };
  };

  beforeAll(async () => {
    org = await createOrg(getPool(), "Routing org");
    other = await createOrg(getPool(), "Other routing org");
    users.push(await createUser(getPool(), "routing-admin"));
    await seed(org, users[0]);
    await seed(other, users[0]); // the same traffic in another org must never add up
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = ANY($1)`, [[org.orgId, other.orgId]]);
    await getPool().query(`DELETE FROM users WHERE id = ANY($1)`, [users]);
  });

  it("gives coverage, tier mix, savings on the most-used frontier model, potential savings and the downgrade rate", async () => {
    as(org, "viewer");
    const res = await get(`?from=${DAY}&to=${DAY}`);
    expect(res.status).toBe(200);
    const r = routingSchema.parse(res.body);
    // tiered requests: 6 small, 2 mid, 6 big (the cache hit included); the unpriced one is outside the mix
    expect(r.requests).toBe(15);
    expect(r.untieredRequests).toBe(1);
    expect(r.coverage).toBeCloseTo(8 / 14, 12);
    expect(r.tierMix).toEqual({ small: 6 / 14, mid: 2 / 14, frontier: 6 / 14 });
    expect(r.referenceModel).toMatchObject({ provider: "acme", model: "acme-big", source: "most-used", inputPerMtokNano: "10000000000" });
    // savings: 6 × (13,000,000 − 140,000) + 2 × (17,000,000 − 2,600,000)
    expect(r.savingsNano).toBe("105960000");
    expect(r.costNano).toBe("71040000");
    expect(r.savingsRatio).toBeCloseTo(105_960_000 / (71_040_000 + 105_960_000), 12);
    expect(r.potentialTarget).toEqual({ provider: "acme", model: "acme-mid", tier: "mid" });
    // chat: 2 frontier of 10 tiered, 1 above the reference 10% → ½ × (26,000,000 − 2 × 1,300,000)
    // search: 4 frontier of 4, 3.6 above → 0.9 × (39,000,000 − ¾ of 4 × 1,300,000, the hit costing nothing)
    const chat = r.byFeature.find((x) => x.key === "chat")!;
    const search = r.byFeature.find((x) => x.key === "search")!;
    expect(chat).toMatchObject({ name: "CHAT", team: "core", requests: 10, coverage: 0.8, savingsNano: "105960000", potentialSavingsNano: "11700000", routedRequests: 8, downgradeRate: 0.5 });
    expect(search).toMatchObject({ requests: 5, coverage: 0, savingsNano: "0", potentialSavingsNano: "31590000", routedRequests: 0, downgradeRate: null });
    expect(r.byFeature.map((x) => x.key)).toEqual(["search", "chat"]); // ranked by potential savings
    expect(r.potentialSavingsNano).toBe("43290000"); // the features' sum
    expect(r.routedRequests).toBe(8);
    expect(r.downgradeRate).toBe(0.5);
    expect(r.byTeam).toEqual([expect.objectContaining({ key: "core", savingsNano: "105960000", potentialSavingsNano: "43290000" })]);
    expect(r.series).toEqual([{ day: DAY, small: 6, mid: 2, frontier: 6 }]);
    expect(r.frontierModels).toEqual([{ provider: "acme", model: "acme-big", requests: 6 }]);
  });

  it("narrows to a feature, and answers an API key of the org with the same figures", async () => {
    as(org, "viewer");
    const r = routingSchema.parse((await get(`?from=${DAY}&to=${DAY}&feature=chat`)).body);
    expect(r).toMatchObject({ requests: 10, coverage: 0.8, savingsNano: "105960000", potentialSavingsNano: "11700000" });
    const key = await createKey(getPool(), org.orgId, { scopes: ["usage:read"] });
    const res = await routing.GET(new (await import("next/server")).NextRequest(`http://localhost/api/v1/routing?from=${DAY}&to=${DAY}&feature=chat`, { headers: { authorization: `Bearer ${key}` } }));
    expect(res.status).toBe(200);
    expect(routingSchema.parse(await res.json())).toEqual(r);
  });

  it("prices each day at the reference price in effect then, and filters by team and feature through their keys", async () => {
    const local = await createOrg(getPool(), "Price change org");
    for (const [model, from, input, output] of [["acme-big", "2025-01-01", "10", "30"], ["acme-big", "2025-10-06", "20", "60"], ["acme-small", "2025-01-01", "0.1", "0.4"]] as const) {
      await createPriceOverride(local.orgId, users[0], { provider: "acme", model, effectiveFrom: from, inputPerMtokUsd: input, outputPerMtokUsd: output });
    }
    for (const [model, tier] of [["acme-big", "frontier"], ["acme-small", "small"]]) {
      await getPool().query(`INSERT INTO model_tiers (org_id, provider, model, tier, manual) VALUES ($1, 'acme', $2, $3, true) ON CONFLICT (org_id, provider, model) DO UPDATE SET tier = EXCLUDED.tier, manual = true`, [local.orgId, model, tier]);
    }
    const chat = { teamId: local.teamId, featureId: local.features.chat };
    const search = { teamId: local.teamId, featureId: local.features.search };
    const small = (ts: string) => event(chat, { ts, provider: "acme", model: "acme-small", inputTokens: 1000, outputTokens: 100, costNano: 140_000n, tier: "small" });
    const big = (ts: string) => event(search, { ts, provider: "acme", model: "acme-big", inputTokens: 1000, outputTokens: 100, costNano: 13_000_000n, tier: "frontier" });
    await insertEventRows(getPool(), local.orgId, [small("2025-10-05T10:00:00Z"), small("2025-10-05T11:00:00Z"), small("2025-10-06T10:00:00Z"), small("2025-10-06T11:00:00Z"), big("2025-10-05T12:00:00Z")], { rollups: true, shard: 1 });
    await insertEventRows(getPool(), local.orgId, [big("2025-10-06T12:00:00Z")], { rollups: true, shard: 2 });
    as(local, "viewer");
    const both = "?from=2025-10-05&to=2025-10-06";
    const r = routingSchema.parse((await get(both)).body);
    // on acme-big: 13,000,000 on the 5th, 26,000,000 from the 6th → 2 × 12,860,000 + 2 × 25,860,000
    expect(r.savingsNano).toBe("77440000");
    expect(r.referenceModel).toMatchObject({ model: "acme-big", inputPerMtokNano: "20000000000" }); // the price at the range's end
    expect(r.series).toEqual([{ day: "2025-10-05", small: 2, mid: 0, frontier: 1 }, { day: "2025-10-06", small: 2, mid: 0, frontier: 1 }]);
    expect(routingSchema.parse((await get("?from=2025-10-05&to=2025-10-05")).body).savingsNano).toBe("25720000");
    expect(routingSchema.parse((await get(`${both}&team=core`)).body)).toMatchObject({ requests: 6, savingsNano: "77440000" });
    expect(routingSchema.parse((await get(`${both}&feature=chat`)).body)).toMatchObject({ requests: 4, coverage: 1, savingsNano: "77440000" });
    expect(routingSchema.parse((await get(`${both}&feature=search`)).body)).toMatchObject({ requests: 2, coverage: 0, savingsNano: "0" });
    // a key of another org, or none at all, matches nothing
    expect(routingSchema.parse((await get(`${both}&feature=no-such-feature`)).body)).toMatchObject({ requests: 0, savingsNano: "0", byFeature: [] });
    expect(routingSchema.parse((await get(`${both}&team=no-such-team`)).body)).toMatchObject({ requests: 0, byTeam: [] });
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [local.orgId]);
  });

  it("refuses bad parameters with a problem naming them", async () => {
    as(org, "viewer");
    for (const [q, field] of [["?from=2025-10-05", "to"], ["?from=x&to=2025-10-05", "from"], [`?from=${DAY}&to=${DAY}&model=acme-big`, "model"], ["?colour=red", "colour"]] as const) {
      const res = await get(q);
      expect(res.status, q).toBe(400);
      expect(res.type).toContain("application/problem+json");
      expect(JSON.stringify(res.body)).toContain(field);
    }
  });

  it("measures savings against the reference model an admin chooses; viewers may not choose; an unpriced model is refused", async () => {
    const local = await createOrg(getPool(), "Reference org");
    await seed(local, users[0]);
    as(local, "viewer");
    expect((await setReference({ reference: { provider: "acme", model: "acme-mid" } })).status).toBe(403);
    as(local, "admin");
    const bad = await setReference({ reference: { provider: "acme", model: "mystery-model" } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("no price");
    expect((await setReference({ reference: { provider: "acme", model: "acme-mid" } })).status).toBe(200);
    const r = routingSchema.parse((await get(`?from=${DAY}&to=${DAY}`)).body);
    expect(r.referenceModel).toMatchObject({ model: "acme-mid", source: "org" });
    // small on mid: 6 × (1,300,000 − 140,000); mid on mid saves nothing
    expect(r.savingsNano).toBe("6960000");
    expect((await setReference({ reference: null })).status).toBe(200);
    expect(routingSchema.parse((await get(`?from=${DAY}&to=${DAY}`)).body).referenceModel).toMatchObject({ model: "acme-big", source: "most-used" });
    const [audit] = await sqlRows<{ n: string }>(getPool(), `SELECT count(*)::text AS n FROM audit_logs WHERE org_id = $1 AND action = 'routing.reference_model.set'`, [local.orgId]);
    expect(audit.n).toBe("2");
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [local.orgId]);
  });
});

describe("what-if simulator", () => {
  let org: Org;
  const users: string[] = [];
  beforeAll(async () => {
    org = await createOrg(getPool(), "Simulator org");
    users.push(await createUser(getPool(), "sim-admin"));
    await seed(org, users[0]);
    current.member = { userId: users[0], email: "viewer@test", name: null, orgId: org.orgId, orgName: "org", role: "viewer" };
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [org.orgId]);
    await getPool().query(`DELETE FROM users WHERE id = ANY($1)`, [users]);
  });

  it("projects a month from the feature's real token mix, scenarios side by side", async () => {
    const res = await simulate({ from: DAY, to: DAY, scenarios: [{ feature: "chat", sharePct: 50, provider: "acme", model: "acme-small" }, { feature: "search", sharePct: "100", tier: "mid" }] });
    expect(res.status).toBe(200);
    const s = simulationSchema.parse(res.body);
    expect(s.periodDays).toBe(1);
    // chat costs 32,040,000 a day; half its frontier traffic (26,000,000) on small costs 140,000 a request:
    // saves (26,000,000 − 280,000) / 2 = 12,860,000 a day → × 30
    expect(s.scenarios[0]).toEqual({
      feature: "chat", featureName: "CHAT", sharePct: 50, target: { provider: "acme", model: "acme-small", tier: "small" },
      frontierRequestsMonthly: 60, movedRequestsMonthly: 30,
      currentMonthlyNano: "961200000", projectedMonthlyNano: "575400000", savingsMonthlyNano: "385800000", savingsRatio: 385_800_000 / 961_200_000,
    });
    // search: all frontier traffic to the mid tier's most-used model: 39,000,000 → 3,900,000 a day
    expect(s.scenarios[1]).toMatchObject({ target: { model: "acme-mid", tier: "mid" }, currentMonthlyNano: "1170000000", projectedMonthlyNano: "117000000", savingsMonthlyNano: "1053000000" });
  });

  it("refuses unknown features, unused tiers, unpriced targets and bad shares, naming the field", async () => {
    const cases: [unknown, string][] = [
      [{ from: DAY, to: DAY, scenarios: [{ feature: "nope", sharePct: 10, tier: "mid" }] }, "unknown feature"],
      [{ from: "2025-10-06", to: "2025-10-06", scenarios: [{ feature: "chat", sharePct: 10, tier: "mid" }] }, "no mid-tier model"],
      [{ from: DAY, to: DAY, scenarios: [{ feature: "chat", sharePct: 10, provider: "acme", model: "mystery-model" }] }, "no price"],
      [{ from: DAY, to: DAY, scenarios: [{ feature: "chat", sharePct: 101, tier: "mid" }] }, "percentage"],
      [{ from: DAY, to: DAY, scenarios: [{ feature: "chat", sharePct: 10, tier: "frontier" }] }, "small or mid"],
      [{ from: DAY, to: DAY, scenarios: [{ feature: "chat", sharePct: 10 }] }, "target model"],
      [{ from: DAY, to: DAY, scenarios: [] }, "at least one"],
      [{ from: DAY, scenarios: [{ feature: "chat", sharePct: 10, tier: "mid" }] }, "both from and to"],
    ];
    for (const [body, message] of cases) {
      const res = await simulate(body);
      expect(res.status, message).toBe(400);
      expect(JSON.stringify(res.body), message).toContain(message);
    }
  });
});
