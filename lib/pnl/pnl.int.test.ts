// Feature P&L on a small hand-computed dataset: proration, revenue models,
// statuses, projections, the previous period, team filter and who may read it.
import { beforeAll, describe, expect, it } from "vitest";
import type { NextRequest } from "next/server";
import { GET } from "@/app/api/v1/pnl/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { insertEventRows } from "@/lib/ingest/insert-events";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { parseFilters } from "@/lib/filters/schema";
import { getPnl } from "@/lib/pnl/queries";
import { pnlSchema } from "@/lib/pnl/schemas";
import { createOrg, event } from "@/test/fixtures";
import { createKey } from "@/test/ingest-client";

const usd = (v: number) => BigInt(Math.round(v * 1e9));
const NOW = new Date("2026-10-05T12:00:00Z"); // September is in the past for the real clock too (the HTTP tests)

describe("feature P&L", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  beforeAll(async () => {
    const pool = getPool();
    org = await createOrg(pool, "P&L org");
    const feature = async (key: string, model: string, unitPriceUsd: number | null, teamId = org.teamId) =>
      (await sqlRows<{ id: string }>(pool, `INSERT INTO features (org_id, key, name, team_id, revenue_model, unit_price_nano) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
        org.orgId, key, key.toUpperCase(), teamId, model, unitPriceUsd === null ? null : usd(unitPriceUsd).toString(),
      ]))[0].id;
    const perReq = await feature("perreq", "per_request", 0.5);
    const perUser = await feature("peruser", "per_user", 10);
    const idle = await feature("idle", "monthly", null);
    const [ops] = await sqlRows<{ id: string }>(pool, `INSERT INTO teams (org_id, key, name) VALUES ($1, 'ops', 'Ops') RETURNING id`, [org.orgId]);
    const opsBot = await feature("opsbot", "monthly", null, ops.id);
    const chat = org.features.chat;
    const at = (f: string, ts: string, costUsd: number, user: string | null) => event({ teamId: f === opsBot ? ops.id : org.teamId, featureId: f }, { ts, costNano: usd(costUsd), endUserId: user });
    await insertEventRows(pool, org.orgId, [
      at(chat, "2026-09-20T10:00:00Z", 50, "u1"),
      at(chat, "2026-09-30T23:59:59Z", 150, "u2"),
      at(chat, "2026-09-10T10:00:00Z", 999, "u1"), // previous period (Sep 1–15)
      ...[1, 2, 3, 4].map(() => at(perReq, "2026-09-21T10:00:00Z", 0.2, null)),
      at(perUser, "2026-09-20T10:00:00Z", 10, "a"),
      at(perUser, "2026-09-20T11:00:00Z", 10, "b"),
      at(perUser, "2026-09-20T12:00:00Z", 10, "c"),
      at(opsBot, "2026-09-20T12:00:00Z", 5, "z"),
    ]);
    await rebuildDailyRollups(pool, org.orgId);
    await pool.query(`INSERT INTO feature_revenues (org_id, feature_id, month, amount_nano) VALUES ($1, $2, '2026-09-01', $3)`, [org.orgId, chat, usd(1000).toString()]);
    await pool.query(`INSERT INTO feature_costs (org_id, feature_id, month, category, amount_nano) VALUES ($1, $2, '2026-09-01', 'gpu', $3), ($1, $4, '2026-09-01', 'vector-db', $5)`, [
      org.orgId, chat, usd(200).toString(), idle, usd(60).toString(),
    ]);
  });

  const pnl = (search: string) => getPnl(org.orgId, parseFilters(new URLSearchParams(search), NOW).filters);

  it("returns hand-computed revenue, COGS, margins, statuses and projections for half of September", async () => {
    const p = pnlSchema.parse(await pnl("from=2026-09-16&to=2026-09-30&team=core"));
    expect(p.range).toEqual({ from: "2026-09-16", to: "2026-09-30", days: 15, prevFrom: "2026-09-01", prevTo: "2026-09-15", prorated: true });
    const by = Object.fromEntries(p.features.map((f) => [f.key, f]));
    expect(Object.keys(by).sort()).toEqual(["chat", "idle", "perreq", "peruser"]); // opsbot is another team's; search has nothing
    // chat: $1,000 revenue and $200 GPU for September, 15/30 of each; $200 of tokens
    expect(by.chat).toMatchObject({
      revenueModel: "monthly", requests: 2, activeUsers: 2,
      tokenCostNano: usd(200).toString(), otherCostNano: usd(100).toString(), cogsNano: usd(300).toString(), revenueNano: usd(500).toString(),
      marginPct: 40, status: "profitable", costPerRequestNano: usd(100).toString(), costPerUserNano: usd(100).toString(),
      prevMarginPct: -119.8, // Sep 1–15: (500 − 999 − 100) / 500
      projection: { x10: { marginPct: -320 }, x100: { marginPct: -3920 } }, // fixed revenue, token cost ×10 / ×100
    });
    // per request: 4 × $0.50 against 4 × $0.20
    expect(by.perreq).toMatchObject({ revenueNano: usd(2).toString(), marginPct: 60, status: "healthy", projection: { x10: { marginPct: 60 }, x100: { marginPct: 60 } } });
    // per user: 3 active users × $10 × 15/30 against $30 of tokens
    expect(by.peruser).toMatchObject({ activeUsers: 3, revenueNano: usd(15).toString(), marginPct: -100, status: "losing" });
    // other costs only: no revenue, no margin
    expect(by.idle).toMatchObject({ requests: 0, otherCostNano: usd(30).toString(), revenueNano: "0", marginPct: null, status: "no_revenue", costPerRequestNano: null });
    // totals: revenue 517, COGS 230.8 + 130; users counted once across features
    expect(p.totals).toMatchObject({ requests: 9, activeUsers: 5, revenueNano: usd(517).toString(), cogsNano: usd(360.8).toString(), marginPct: 30.21, status: "profitable" });
    // ×10: fixed 500 + scaled 17 × 10 = 670 against 2,308 + 130
    expect(p.totals.projection.x10.marginPct).toBe(-263.88);
  });

  it("counts a whole month without proration, and every team without a team filter", async () => {
    const p = await pnl("from=2026-09-01&to=2026-09-30");
    expect(p.range.prorated).toBe(false);
    const chat = p.features.find((f) => f.key === "chat")!;
    expect([chat.revenueNano, chat.otherCostNano, chat.tokenCostNano]).toEqual([usd(1000).toString(), usd(200).toString(), usd(1199).toString()]);
    expect(p.features.map((f) => f.key)).toContain("opsbot");
  });

  const call = (search: string, headers: Record<string, string> = {}) =>
    GET(new Request(`http://localhost/api/v1/pnl?${search}`, { headers }) as unknown as NextRequest, { params: Promise.resolve({}) });

  it("answers an API key with usage:read, refuses one without it, and never shows another org's features", async () => {
    const key = await createKey(getPool(), org.orgId, { scopes: ["usage:read"] });
    const res = await call("from=2026-09-16&to=2026-09-30&team=core", { authorization: `Bearer ${key}` });
    expect(res.status).toBe(200);
    expect(pnlSchema.parse(await res.json()).features.map((f) => f.key).sort()).toEqual(["chat", "idle", "perreq", "peruser"]);
    const ingestOnly = await createKey(getPool(), org.orgId, { scopes: ["ingest"] });
    expect((await call("from=2026-09-16&to=2026-09-30", { authorization: `Bearer ${ingestOnly}` })).status).toBe(403);
    const other = await createOrg(getPool(), "Stranger");
    const theirs = await createKey(getPool(), other.orgId, { scopes: ["usage:read"] });
    const stranger = await (await call("from=2026-09-01&to=2026-09-30", { authorization: `Bearer ${theirs}` })).json();
    expect(stranger.features).toEqual([]);
    expect((await call("from=2026-09-30&to=2026-09-01", { authorization: `Bearer ${key}` })).status).toBe(400);
  });

  it("refuses filters the P&L does not apply (400 naming them), and reads a repeated parameter's first value as the pages do", async () => {
    const key = await createKey(getPool(), org.orgId, { scopes: ["usage:read"] });
    for (const bad of ["feature=chat", "provider=openai&model=gpt-4o-mini"]) {
      const res = await call(`from=2026-09-16&to=2026-09-30&${bad}`, { authorization: `Bearer ${key}` });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain(bad.split("=")[0]);
    }
    const first = await call("from=2026-09-16&to=2026-09-30&from=2020-01-01", { authorization: `Bearer ${key}` });
    expect(first.status).toBe(200);
    expect(pnlSchema.parse(await first.json()).range).toMatchObject({ from: "2026-09-16", to: "2026-09-30" });
  });
});
