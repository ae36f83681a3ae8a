// Feature detail on a small hand-computed dataset: monthly P&L and its agreement with
// the P&L, cost-per-request percentiles and histogram, top end users, the model and
// tier split, revenue history, and the API's scoping (404 for another org's feature).
import { beforeAll, describe, expect, it } from "vitest";
import type { NextRequest } from "next/server";
import { GET } from "@/app/api/v1/pnl/features/[key]/route";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { parseFilters } from "@/lib/filters/schema";
import { insertEventRows } from "@/lib/ingest/insert-events";
import { getFeatureDetail } from "@/lib/pnl/feature-detail";
import { featureDetailSchema } from "@/lib/pnl/feature-schemas";
import { getMonthlyPnl } from "@/lib/pnl/monthly";
import { getPnl } from "@/lib/pnl/queries";
import { recordRevenue } from "@/lib/pnl/entries";
import { SAMPLE_LIMITS, type SampleMethod } from "@/lib/pnl/sample-plan";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { createOrg, createUser, event } from "@/test/fixtures";
import { createKey } from "@/test/ingest-client";

const usd = (v: number) => BigInt(Math.round(v * 1e9));
const cents = (c: number) => usd(c / 100).toString();
const NOW = new Date("2026-11-15T12:00:00Z");
const RANGE = "from=2026-09-16&to=2026-10-15"; // half of September (15/30 days) and of October (15/31)
// other test files may have grown the events table out of time order: read the newest requests here whatever the statistics say
const LATEST = { method: "latest" } as const;

describe("feature detail", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  let other: Awaited<ReturnType<typeof createOrg>>;
  let key: string;
  let adminEmail: string;
  beforeAll(async () => {
    const pool = getPool();
    org = await createOrg(pool, "Detail org");
    other = await createOrg(pool, "Other org");
    const feature = async (o: typeof org, k: string, model: string, priceUsd: number | null) =>
      (await sqlRows<{ id: string }>(pool, `INSERT INTO features (org_id, key, name, team_id, revenue_model, unit_price_nano) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
        o.orgId, k, k.toUpperCase(), o.teamId, model, priceUsd === null ? null : usd(priceUsd).toString(),
      ]))[0].id;
    const bot = await feature(org, "bot", "per_request", 0.5);
    const seat = await feature(org, "seat", "per_user", 10);
    await feature(other, "secret", "monthly", null);
    await pool.query(`INSERT INTO model_tiers (org_id, provider, model, tier) VALUES ($1, 'openai', 'gpt-4o-mini', 'small'), ($1, 'anthropic', 'claude-opus-4', 'frontier')`, [org.orgId]);
    const chat = org.features.chat;
    const at = (featureId: string, ts: string, costCents: number, user: string | null, model = "gpt-4o-mini") =>
      event({ teamId: org.teamId, featureId }, { ts, costNano: BigInt(cents(costCents)), endUserId: user, model, provider: model.startsWith("claude") ? "anthropic" : "openai" });
    await insertEventRows(pool, org.orgId, [
      // chat: ten requests of 1¢ … 10¢ in the range
      at(chat, "2026-09-20T10:00:00Z", 1, "u1"), at(chat, "2026-09-20T11:00:00Z", 2, "u1"), at(chat, "2026-09-20T12:00:00Z", 3, "u1"),
      at(chat, "2026-10-02T10:00:00Z", 4, "u2", "claude-opus-4"), at(chat, "2026-10-02T11:00:00Z", 10, "u2", "claude-opus-4"),
      at(chat, "2026-10-10T01:00:00Z", 5, "u3"), at(chat, "2026-10-10T02:00:00Z", 6, "u3"), at(chat, "2026-10-10T03:00:00Z", 7, "u3"), at(chat, "2026-10-10T04:00:00Z", 8, "u3"),
      at(chat, "2026-10-14T09:00:00Z", 9, null),
      // outside the range: the period before (Aug 17 – Sep 15) and after
      at(chat, "2026-09-10T10:00:00Z", 500, "u9"), at(chat, "2026-10-20T10:00:00Z", 700, "u9"),
      // per request: 4 × 20¢ at 50¢ each; per user: users a, b in September, a, c in October at $10 a month
      at(bot, "2026-09-25T10:00:00Z", 20, null), at(bot, "2026-09-25T11:00:00Z", 20, null), at(bot, "2026-10-05T10:00:00Z", 20, null), at(bot, "2026-10-05T11:00:00Z", 20, null),
      at(seat, "2026-09-20T10:00:00Z", 100, "a"), at(seat, "2026-09-20T11:00:00Z", 100, "b"), at(seat, "2026-10-03T10:00:00Z", 100, "a"), at(seat, "2026-10-03T11:00:00Z", 100, "c"),
    ]);
    // another org's chat in the same days must never show
    await insertEventRows(pool, other.orgId, [event({ teamId: other.teamId, featureId: other.features.chat }, { ts: "2026-10-10T05:00:00Z", costNano: usd(999), endUserId: "intruder" })]);
    await rebuildDailyRollups(pool, org.orgId);
    await rebuildDailyRollups(pool, other.orgId);
    await pool.query(`INSERT INTO feature_costs (org_id, feature_id, month, category, amount_nano) VALUES ($1, $2, '2026-10-01', 'gpu', $3)`, [org.orgId, chat, usd(62).toString()]);
    // revenue: September set to $250 in the UI, then to $300 by an API key; October $310 in the UI
    const admin = await createUser(pool, "detail-admin");
    adminEmail = (await sqlRows<{ email: string }>(pool, `SELECT email FROM users WHERE id = $1`, [admin]))[0].email;
    await recordRevenue(org.orgId, { userId: admin, via: "ui" }, [{ feature: "chat", month: "2026-09", revenueUsd: "250" }]);
    await pool.query(`UPDATE audit_logs SET created_at = '2026-10-01T08:00:00Z' WHERE org_id = $1 AND action = 'revenue.set'`, [org.orgId]);
    const [apiKey] = await sqlRows<{ id: string }>(pool, `INSERT INTO api_keys (org_id, name, prefix, hash, scopes) VALUES ($1, 'billing sync', 'cw_x', $2, '{revenue}') RETURNING id`, [org.orgId, `h-${org.orgId}`]);
    await recordRevenue(org.orgId, { userId: null, via: "api", keyId: apiKey.id }, [{ feature: "chat", month: "2026-09", revenueUsd: "300" }, { feature: "chat", month: "2026-09", revenueUsd: "300" }]);
    await recordRevenue(org.orgId, { userId: admin, via: "ui" }, [{ feature: "chat", month: "2026-10", revenueUsd: "310" }]);
    key = await createKey(pool, org.orgId, { scopes: ["usage:read"] });
  });

  const filters = (search = RANGE) => parseFilters(new URLSearchParams(search), NOW).filters;
  const detail = (k: string, search = RANGE, sampleLimits = SAMPLE_LIMITS, sampleMethod: SampleMethod = LATEST) => getFeatureDetail(org.orgId, k, filters(search), { now: NOW, sampleLimits, sampleMethod });

  it("gives the monthly P&L prorated by each month's days in the range", async () => {
    const months = await getMonthlyPnl(org.orgId, { from: "2026-09-16", to: "2026-10-15", feature: "chat" });
    expect(months).toEqual([
      // $300 × 15/30; 1 + 2 + 3¢ of tokens
      { month: "2026-09", days: 15, daysInMonth: 30, requests: 3, revenueNano: usd(150).toString(), tokenCostNano: cents(6), otherCostNano: "0", cogsNano: cents(6), marginPct: 99.96 },
      // $310 × 15/31 = $150; $62 GPU × 15/31 = $30; 4 + 10 + 5 + 6 + 7 + 8 + 9 = 49¢ of tokens; (150 − 30.49) / 150
      { month: "2026-10", days: 15, daysInMonth: 31, requests: 7, revenueNano: usd(150).toString(), tokenCostNano: cents(49), otherCostNano: usd(30).toString(), cogsNano: usd(30.49).toString(), marginPct: 79.67 },
    ]);
    // per user: 2 users × $10 × 15/31 in October = $9.677419355 (rounded half up to the nano)
    const seat = await getMonthlyPnl(org.orgId, { from: "2026-09-16", to: "2026-10-15", feature: "seat" });
    expect(seat.map((m) => m.revenueNano)).toEqual([usd(10).toString(), "9677419355"]);
    expect(await getMonthlyPnl(org.orgId, { from: "2026-09-16", to: "2026-10-15", feature: "secret" })).toMatchObject([{ requests: 0, revenueNano: "0" }, { requests: 0, revenueNano: "0" }]);
  });

  it("adds up, month by month, to the P&L of the range for every feature, a team and each feature", async () => {
    for (const search of [RANGE, "from=2026-08-17&to=2026-09-15", "from=2026-09-01&to=2026-10-31"]) {
      const f = filters(search);
      const pnl = await getPnl(org.orgId, { ...f, team: "core" });
      const months = await getMonthlyPnl(org.orgId, { from: f.from, to: f.to, team: "core" });
      const sum = (k: "revenueNano" | "tokenCostNano" | "otherCostNano") => months.reduce((s, m) => s + BigInt(m[k]), 0n).toString();
      expect([sum("revenueNano"), sum("tokenCostNano"), sum("otherCostNano")]).toEqual([pnl.totals.revenueNano, pnl.totals.tokenCostNano, pnl.totals.otherCostNano]);
      // one feature's detail carries exactly its row of the P&L
      for (const row of pnl.features) {
        const { key: k, name: _n, team: _t, revenueModel: _r, ...figures } = row;
        expect({ k, ...(await detail(k, search)).pnl }).toEqual({ k, ...figures });
      }
    }
  });

  it("takes percentiles, a histogram and top end users from the feature's own requests in the range", async () => {
    const d = featureDetailSchema.parse(await detail("chat"));
    const c = d.costPerRequest;
    expect(c).toMatchObject({ method: "latest", size: 10, complete: true, from: "2026-09-20T10:00:00.000Z", to: "2026-10-14T09:00:00.000Z" });
    // ten requests of 1¢ … 10¢: p50 the 5th, p90 the 9th, p99 the 10th; mean 5.5¢
    expect([c.p50Nano, c.p90Nano, c.p99Nano, c.meanNano, c.maxNano]).toEqual([cents(5), cents(9), cents(10), cents(5.5), cents(10)]);
    // 12 bins over [1¢, 10¢]: bucket ⌊(cost − 1¢) · 12 / (9¢ + 1 nano)⌋ + 1 leaves bins 5 and 9 empty
    expect(c.histogram.map((b) => b.count)).toEqual([1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1]);
    expect(c.histogram[0]).toMatchObject({ fromNano: cents(1), aboveP99: false });
    expect(c.histogram.at(-1)!.toNano).toBe((BigInt(cents(10)) + 1n).toString());
    expect(d.topUsers).toEqual({
      sampleSize: 10,
      anonymousRequests: 1,
      users: [
        { endUserId: "u3", requests: 4, costNano: cents(26) },
        { endUserId: "u2", requests: 2, costNano: cents(14) },
        { endUserId: "u1", requests: 3, costNano: cents(6) },
      ],
    });
  });

  it("reads only the newest requests when the sample is smaller than the range", async () => {
    const c = (await detail("chat", RANGE, { ...SAMPLE_LIMITS, rows: 3 })).costPerRequest;
    // the newest three: Oct 14 (9¢), Oct 10 04:00 (8¢) and 03:00 (7¢)
    expect(c).toMatchObject({ method: "latest", size: 3, complete: false, from: "2026-10-10T03:00:00.000Z", to: "2026-10-14T09:00:00.000Z", p50Nano: cents(8), p99Nano: cents(9) });
    // a page sample of the whole table holds every request of the range, each once
    const sampled = (await detail("chat", RANGE, SAMPLE_LIMITS, { method: "sample", percent: 100 })).costPerRequest;
    expect(sampled).toMatchObject({ method: "sample", size: 10, complete: true, p50Nano: cents(5), p99Nano: cents(10) });
  });

  it("splits cost by model with the org's tiers, gives daily cost, and the feature's revenue model", async () => {
    const d = await detail("chat");
    expect(d.models).toEqual([
      { provider: "openai", model: "gpt-4o-mini", tier: "small", costNano: cents(41), requests: 8 },
      { provider: "anthropic", model: "claude-opus-4", tier: "frontier", costNano: cents(14), requests: 2 },
    ]);
    expect(d.tiers).toEqual([{ tier: "small", costNano: cents(41), requests: 8 }, { tier: "frontier", costNano: cents(14), requests: 2 }]);
    expect(d.daily).toHaveLength(30);
    expect(d.daily.find((x) => x.day === "2026-10-10")).toEqual({ day: "2026-10-10", costNano: cents(26), requests: 4 });
    expect(d.feature).toEqual({ key: "chat", name: "CHAT", registered: true, team: { key: "core", name: "Core" }, revenueModel: "monthly", unitPriceNano: null });
    expect((await detail("bot")).feature).toMatchObject({ revenueModel: "per_request", unitPriceNano: usd(0.5).toString() });
    expect(d.pnl).toMatchObject({ requests: 10, activeUsers: 3, revenueNano: usd(300).toString(), cogsNano: usd(30.55).toString(), marginPct: 89.82, prevMarginPct: 96.67 });
    // a feature without requests: zeros, no distribution, no models
    const idle = await detail("search");
    expect(idle.pnl).toMatchObject({ requests: 0, revenueNano: "0", marginPct: null, status: "no_revenue", costPerRequestNano: null });
    expect([idle.costPerRequest.size, idle.costPerRequest.p50Nano, idle.costPerRequest.histogram, idle.models, idle.topUsers.users]).toEqual([0, null, [], [], []]);
  });

  it("lists revenue entries of the range's months with who changed them, from what to what", async () => {
    const d = await detail("chat");
    expect(d.revenue.map((r) => [r.month, r.amountNano, r.source])).toEqual([["2026-10", usd(310).toString(), "ui"], ["2026-09", usd(300).toString(), "api"]]);
    expect(d.revenue[1].history).toEqual([
      // the repeated $300 changed nothing and left no entry
      { at: expect.any(String), actorEmail: null, apiKeyName: "billing sync", via: "api", beforeNano: usd(250).toString(), afterNano: usd(300).toString() },
      { at: "2026-10-01T08:00:00.000Z", actorEmail: adminEmail, apiKeyName: null, via: "ui", beforeNano: null, afterNano: usd(250).toString() },
    ]);
    expect((await detail("chat", "from=2026-10-01&to=2026-10-31")).revenue.map((r) => r.month)).toEqual(["2026-10"]);
  });

  const call = (k: string, search: string, headers: Record<string, string>) =>
    GET(new Request(`http://localhost/api/v1/pnl/features/${encodeURIComponent(k)}?${search}`, { headers }) as unknown as NextRequest, { params: Promise.resolve({ key: k }) });

  it("answers a usage:read key in its org only: another org's feature and unknown keys are 404, other filters 400", async () => {
    const auth = { authorization: `Bearer ${key}` };
    const res = await call("chat", RANGE, auth);
    expect(res.status).toBe(200);
    const body = featureDetailSchema.parse(await res.json());
    expect(body.models.map((m) => m.model)).toEqual(["gpt-4o-mini", "claude-opus-4"]); // never the other org's $999 request
    expect(body.topUsers.users.map((u) => u.endUserId)).not.toContain("intruder");
    for (const k of ["secret", "nope"]) {
      const r = await call(k, RANGE, auth);
      expect(r.status).toBe(404);
      expect(r.headers.get("content-type")).toBe("application/problem+json");
      expect((await r.json()).code).toBe("not_found");
    }
    const theirs = await createKey(getPool(), other.orgId, { scopes: ["usage:read"] });
    const stranger = featureDetailSchema.parse(await (await call("chat", RANGE, { authorization: `Bearer ${theirs}` })).json());
    expect(stranger.pnl.requests).toBe(1);
    expect((await call("chat", `${RANGE}&team=core`, auth)).status).toBe(400);
    expect((await call("chat", "from=2026-10-15&to=2026-09-16", auth)).status).toBe(400);
    const ingestOnly = await createKey(getPool(), org.orgId, { scopes: ["ingest"] });
    expect((await call("chat", RANGE, { authorization: `Bearer ${ingestOnly}` })).status).toBe(403);
  });
});
