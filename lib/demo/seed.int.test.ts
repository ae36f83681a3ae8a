import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { seedDemo } from "@/lib/demo/seed";
import { verifyPassword } from "@/lib/auth/password";
import { hashApiKey } from "@/lib/auth/api-keys";
import { evaluateAnomalies } from "@/lib/alerts/anomalies";
import { hourlyMismatches } from "@/test/rollups";

const END = new Date("2026-11-24T18:00:00Z");

describe("seedDemo", () => {
  let orgId: string;
  let events: number;

  beforeAll(async () => {
    const client = await getPool().connect();
    try {
      ({ orgId, events } = await seedDemo(client, { slug: "demo-int", password: "pw-int-test", apiKey: "cw_live_int_test_key", days: 21, end: END }));
    } finally {
      client.release();
    }
  });

  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [orgId]);
  });

  it("creates 3 teams, 8 features, 3 users with roles, a lead, and a key stored only as a hash", async () => {
    const pool = getPool();
    const [counts] = await sqlRows<{ teams: bigint; features: bigint; roles: string[]; leads: bigint }>(
      pool,
      `SELECT (SELECT count(*) FROM teams WHERE org_id = $1) AS teams,
              (SELECT count(*) FROM features WHERE org_id = $1) AS features,
              (SELECT array_agg(role::text ORDER BY role) FROM memberships WHERE org_id = $1) AS roles,
              (SELECT count(*) FROM team_leads WHERE org_id = $1) AS leads`,
      [orgId],
    );
    expect(counts).toEqual({ teams: 3n, features: 8n, roles: ["admin", "lead", "viewer"], leads: 1n });
    const [user] = await sqlRows<{ password_hash: string }>(pool, `SELECT password_hash FROM users WHERE email = 'admin@demo.costwise.dev'`);
    expect(await verifyPassword("pw-int-test", user.password_hash)).toBe(true);
    const keys = await sqlRows<{ hash: string; prefix: string }>(pool, `SELECT hash, prefix FROM api_keys WHERE org_id = $1`, [orgId]);
    expect(keys).toEqual([{ hash: hashApiKey("cw_live_int_test_key"), prefix: "cw_live_int_" }]);
  });

  it("stores every generated event, ending at the given time, with rollups equal to the raw sums", async () => {
    const pool = getPool();
    const [raw] = await sqlRows<{ n: bigint; cost: bigint; max: Date; models: bigint; tiers: string[] }>(
      pool,
      `SELECT count(*) AS n, sum(cost_nano)::int8 AS cost, max(ts) AS max, count(DISTINCT model) AS models,
              array_agg(DISTINCT tier::text) FILTER (WHERE tier IS NOT NULL) AS tiers
         FROM usage_events WHERE org_id = $1`,
      [orgId],
    );
    expect(Number(raw.n)).toBe(events);
    expect(events).toBeGreaterThan(50_000); // 21 days ≈ 70k: the full 90 days pass 200k
    expect(raw.max.getTime()).toBeLessThanOrEqual(END.getTime());
    expect(Number(raw.models)).toBeGreaterThanOrEqual(8);
    expect(raw.tiers.sort()).toEqual(["frontier", "mid", "small"]);
    const [rolled] = await sqlRows<{ n: bigint; cost: bigint }>(pool, `SELECT sum(requests)::int8 AS n, sum(cost_nano)::int8 AS cost FROM daily_rollups WHERE org_id = $1`, [orgId]);
    expect(rolled).toEqual({ n: raw.n, cost: raw.cost });
    expect(await hourlyMismatches(pool, orgId)).toEqual([]); // hourly series too, per hour and key
  });

  it("stores demo events exactly as ingest would: app cache hits are free and `computed`, never `reported`", async () => {
    const sources = await sqlRows<{ cache_hit: boolean; cost_source: string; free: boolean }>(
      getPool(),
      `SELECT cache_hit, cost_source, bool_and(cost_nano = 0) AS free FROM usage_events WHERE org_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [orgId],
    );
    expect(sources).toEqual([
      { cache_hit: false, cost_source: "computed", free: false },
      { cache_hit: false, cost_source: "unpriced", free: true },
      { cache_hit: true, cost_source: "computed", free: true },
    ]);
  });

  it("has multi-step traces, errors, cache hits and an unpriced model", async () => {
    const [s] = await sqlRows<{ multi: bigint; errors: bigint; hits: bigint; unpriced: bigint }>(
      getPool(),
      `SELECT (SELECT count(*) FROM (SELECT trace_id FROM usage_events WHERE org_id = $1 GROUP BY trace_id HAVING count(*) >= 3) t) AS multi,
              count(*) FILTER (WHERE status = 'error') AS errors, count(*) FILTER (WHERE cache_hit) AS hits,
              count(*) FILTER (WHERE cost_source = 'unpriced') AS unpriced
         FROM usage_events WHERE org_id = $1`,
      [orgId],
    );
    expect(s.multi).toBeGreaterThan(100n);
    expect(s.errors).toBeGreaterThan(0n);
    expect(s.hits).toBeGreaterThan(0n);
    expect(s.unpriced).toBeGreaterThan(0n);
  });

  it("gives each team a monthly budget, with platform already over it, and revenue for every feature", async () => {
    const pool = getPool();
    const rows = await sqlRows<{ key: string; amount: bigint; spent: bigint }>(
      pool,
      `SELECT t.key, b.amount_nano AS amount,
              (SELECT coalesce(sum(cost_nano), 0)::int8 FROM daily_rollups r WHERE r.org_id = b.org_id AND r.team_id = b.team_id AND r.day >= '2026-11-01') AS spent
         FROM budgets b JOIN teams t ON t.org_id = b.org_id AND t.id = b.team_id WHERE b.org_id = $1 ORDER BY t.key`,
      [orgId],
    );
    expect(rows.map((r) => r.key)).toEqual(["growth", "platform", "support"]);
    const platform = rows.find((r) => r.key === "platform")!;
    expect(platform.spent).toBeGreaterThan(platform.amount);
    for (const r of rows.filter((x) => x.key !== "platform")) expect(r.spent).toBeLessThan(r.amount);
    // platform's thresholds were raised by the budget evaluator (its dedupe keys), the older two acknowledged
    const alerts = await sqlRows<{ dedupe_key: string; status: string }>(
      pool,
      `SELECT a.dedupe_key, a.status::text FROM alerts a JOIN budgets b ON b.org_id = a.org_id AND b.id = a.budget_id JOIN teams t ON t.org_id = b.org_id AND t.id = b.team_id
        WHERE a.org_id = $1 AND a.kind = 'budget_threshold' AND t.key = 'platform' ORDER BY a.dedupe_key COLLATE "C"`,
      [orgId],
    );
    expect(alerts.map((a) => [a.dedupe_key.replace(/^budget:[^:]+:/, ""), a.status])).toEqual([["2026-11-01:t100", "open"], ["2026-11-01:t50", "acknowledged"], ["2026-11-01:t80", "acknowledged"]]);
    const [rev] = await sqlRows<{ without: bigint }>(
      pool,
      `SELECT count(*) AS without FROM features f WHERE f.org_id = $1 AND f.unit_price_nano IS NULL
          AND NOT EXISTS (SELECT 1 FROM feature_revenues r WHERE r.org_id = f.org_id AND r.feature_id = f.id)`,
      [orgId],
    );
    expect(rev.without).toBe(0n);
  });

  it("injects one cost spike: the spike day costs several times a normal day", async () => {
    const days = await sqlRows<{ day: string; cost: bigint }>(
      getPool(),
      `SELECT day, sum(cost_nano)::int8 AS cost FROM daily_rollups r JOIN features f ON f.org_id = r.org_id AND f.id = r.feature_id
        WHERE r.org_id = $1 AND f.key = 'doc-summarizer' GROUP BY day ORDER BY cost DESC`,
      [orgId],
    );
    expect(days[0].day).toBe("2026-11-21");
    expect(Number(days[0].cost)).toBeGreaterThan(2 * Number(days[1].cost));
  });

  it("the detector raises one anomaly alert for the spike (doc-summarizer from 13:00 UTC that day) and nothing on the ordinary rhythm", async () => {
    const anomalies = await sqlRows<{ details: Record<string, unknown>; message: string }>(getPool(), `SELECT details, message FROM alerts WHERE org_id = $1 AND kind = 'anomaly'`, [orgId]);
    expect(anomalies).toHaveLength(1);
    expect(anomalies[0].details).toMatchObject({ feature: "doc-summarizer", start: "2026-11-21T13:00:00.000Z", topUser: "u-bulk-import-svc" });
    expect(anomalies[0].message).toMatch(/since 13:00 UTC Nov 21/);
    // the whole history (after the baselines' first week) holds nothing else
    expect(await evaluateAnomalies(orgId, END, { lookbackMs: 14 * 86_400_000 })).toEqual([]);
  });
});
