// Hourly rollups stay exact: every stored event counts once in its UTC hour,
// across batches spanning hours and days, replays, concurrent overlapping
// batches, compaction racing ingest, rebuilds (whole and from a day) and re-pricing.
import { beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { insertEventRows, type EventRow } from "@/lib/ingest/insert-events";
import { hourlyCostSeries } from "@/lib/rollups/hourly";
import { compactHourlyRollups, HOURLY_COMPACT_EVERY_MS, HOURLY_FULL_EVERY_MS, scheduleHourlyCompaction } from "@/lib/rollups/compact-hourly";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { createPriceOverride } from "@/lib/pricing/overrides";
import { createOrg, createUser, event } from "@/test/fixtures";
import { dailyHourlyMismatches, hourlyMismatches } from "@/test/rollups";

type Org = Awaited<ReturnType<typeof createOrg>>;
const MODELS = [
  { provider: "openai", model: "gpt-4o-mini" },
  { provider: "anthropic", model: "claude-3-5-haiku-20241022" },
];

/** n events over the 6 UTC hours from 2026-10-01 21:00 (crossing a UTC day), two features and models. */
function spread(org: Org, n: number): EventRow[] {
  return Array.from({ length: n }, (_, i) => {
    const minutes = 21 * 60 + ((i * 37) % 360);
    const utc = new Date(Date.UTC(2026, 9, 1) + minutes * 60_000);
    // every third timestamp carries an offset, as clients send it
    const ts = i % 3 ? utc.toISOString() : new Date(utc.getTime() + 5.5 * 3_600_000).toISOString().replace("Z", "+05:30");
    return event({ teamId: org.teamId, featureId: i % 2 ? org.features.chat : org.features.search }, { ts, ...MODELS[i % 2], costNano: BigInt(1_000 + i * 7_919) });
  });
}

const hourOf = (ts: string) => Math.floor(Date.parse(ts) / 3_600_000) * 3_600_000;
const ingest = (org: Org, rows: EventRow[], shard: number) => insertEventRows(getPool(), org.orgId, rows, { rollups: true, shard });

describe("hourly rollups", () => {
  let org: Org;
  let rows: EventRow[];

  beforeAll(async () => {
    org = await createOrg(getPool(), "Hourly org");
    rows = spread(org, 90);
  });

  it("count every event once per UTC hour across replays and concurrent overlapping batches", async () => {
    expect(await ingest(org, rows.slice(0, 40), 1)).toHaveLength(40);
    expect(await ingest(org, rows.slice(20, 60), 2)).toHaveLength(20); // half of it replayed
    expect(await ingest(org, rows.slice(0, 40), 3)).toHaveLength(0); // a whole batch replayed on another connection
    // four connections race to store the same 30 new events: each is stored (and rolled up) by exactly one
    const raced = await Promise.all([4, 5, 6, 7].map((shard) => ingest(org, rows.slice(60), shard)));
    expect(raced.reduce((n, ids) => n + ids.length, 0)).toBe(30);

    expect(await hourlyMismatches(getPool(), org.orgId)).toEqual([]);
    expect(await dailyHourlyMismatches(getPool(), org.orgId)).toEqual([]);
  });

  it("hourlyCostSeries sums shards per hour and key, hours starting in [from, to)", async () => {
    // its own org and events (tests run in any order)
    const own = await createOrg(getPool(), "Hourly series org");
    const rows = spread(own, 90);
    await ingest(own, rows.slice(0, 50), 1);
    await ingest(own, rows.slice(30), 2); // overlapping: the repeated 20 count once
    const from = new Date("2026-10-01T22:00:00Z");
    const to = new Date("2026-10-02T01:00:00Z");
    const inRange = rows.filter((r) => hourOf(r.ts) >= from.getTime() && hourOf(r.ts) < to.getTime());
    const expected = (key: (r: EventRow) => string) => {
      const m = new Map<string, { key: string; hour: Date; costNano: bigint; requests: number }>();
      for (const r of inRange) {
        const k = `${hourOf(r.ts)}|${key(r)}`;
        const p = m.get(k) ?? { key: key(r), hour: new Date(hourOf(r.ts)), costNano: 0n, requests: 0 };
        p.costNano += r.costNano;
        p.requests += 1;
        m.set(k, p);
      }
      return [...m.values()].sort((a, b) => a.hour.getTime() - b.hour.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    };
    const series = (by: "org" | "team" | "feature" | "model") => hourlyCostSeries(getPool(), own.orgId, { from, to, by });

    const byOrg = await series("org");
    expect(byOrg.map((p) => p.hour.toISOString())).toEqual(["2026-10-01T22:00:00.000Z", "2026-10-01T23:00:00.000Z", "2026-10-02T00:00:00.000Z"]);
    expect(byOrg).toEqual(expected(() => ""));
    expect(await series("team")).toEqual(expected((r) => r.teamId));
    expect(await series("feature")).toEqual(expected((r) => r.featureId));
    expect(await series("model")).toEqual(expected((r) => `${r.provider}/${r.model}`));
  });

  it("compaction folds every hour to one row per key, exactly, while batches keep arriving", async () => {
    const c = await createOrg(getPool(), "Hourly compaction org");
    const more = spread(c, 120);
    const unfolded = async () => Number((await sqlRows<{ n: string }>(getPool(), `SELECT count(*)::text AS n FROM hourly_rollups WHERE org_id = $1 AND shard <> -1`, [c.orgId]))[0].n);
    const perKey = async () => (await sqlRows<{ n: string }>(getPool(), `SELECT count(*)::text AS n FROM hourly_rollups WHERE org_id = $1 GROUP BY hour, team_id, feature_id, provider, model ORDER BY 1 DESC LIMIT 1`, [c.orgId]))[0].n;
    await ingest(c, more.slice(0, 40), 1);
    await ingest(c, more.slice(20, 60), 2);
    // batches (some replayed) racing two compactions
    const work: Promise<unknown>[] = [compactHourlyRollups(c.orgId), ingest(c, more.slice(60, 100), 3), compactHourlyRollups(c.orgId), ingest(c, more.slice(50, 120), 4), ingest(c, more.slice(0, 30), 5)];
    await Promise.all(work);
    expect(await hourlyMismatches(getPool(), c.orgId)).toEqual([]);
    await compactHourlyRollups(c.orgId);
    expect(await unfolded()).toBe(0);
    expect(await perKey()).toBe("1");
    expect(await hourlyMismatches(getPool(), c.orgId)).toEqual([]);
    // a window leaves older hours alone, and they stay exact
    await ingest(c, spread(c, 12), 6);
    expect(await compactHourlyRollups(c.orgId, new Date("2026-10-02T00:00:00Z"))).toBeGreaterThan(0);
    const [{ n: older }] = await sqlRows<{ n: string }>(getPool(), `SELECT count(*)::text AS n FROM hourly_rollups WHERE org_id = $1 AND shard <> -1 AND hour < '2026-10-02T00:00:00Z'`, [c.orgId]);
    expect(Number(older)).toBeGreaterThan(0);
    expect(await unfolded()).toBe(Number(older));
    expect(await hourlyMismatches(getPool(), c.orgId)).toEqual([]);
  });

  it("compaction is scheduled at most once per interval per org, over all hours now and then", () => {
    const id = "00000000-0000-4000-8000-00000000c0df"; // no such org: the background runs fold nothing
    expect(scheduleHourlyCompaction(id, 1_000_000)).toBe(true);
    expect(scheduleHourlyCompaction(id, 1_000_000 + HOURLY_COMPACT_EVERY_MS - 1)).toBe(false);
    expect(scheduleHourlyCompaction(id, 1_000_000 + HOURLY_COMPACT_EVERY_MS)).toBe(true);
    expect(scheduleHourlyCompaction(id, 1_000_000 + HOURLY_FULL_EVERY_MS)).toBe(true);
  });

  it("rebuild recomputes hourly rows exactly, wholly or from a UTC day on", async () => {
    const org = await createOrg(getPool(), "Hourly rebuild org"); // its own events: tests run in any order
    await ingest(org, spread(org, 90), 1);
    const corrupt = () => getPool().query(`UPDATE hourly_rollups SET cost_nano = cost_nano + 1 WHERE org_id = $1`, [org.orgId]);
    const rebuild = (fromDay?: string) => withTransaction(getPool(), (c) => rebuildDailyRollups(c, org.orgId, { fromDay }));

    await corrupt();
    await rebuild("2026-10-02");
    const left = await hourlyMismatches(getPool(), org.orgId);
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((m) => m.hour < new Date("2026-10-02T00:00:00Z"))).toBe(true); // later hours rebuilt, earlier kept

    await rebuild();
    expect(await hourlyMismatches(getPool(), org.orgId)).toEqual([]);
    expect(await dailyHourlyMismatches(getPool(), org.orgId)).toEqual([]);
    const [{ shards }] = await sqlRows<{ shards: string }>(getPool(), `SELECT count(DISTINCT shard)::text AS shards FROM hourly_rollups WHERE org_id = $1`, [org.orgId]);
    expect(shards).toBe("1");

    await ingest(org, spread(org, 10), 9); // ingest after a rebuild adds to it
    expect(await hourlyMismatches(getPool(), org.orgId)).toEqual([]);
  });

  it("re-pricing corrects hourly rows like daily ones, including a resolved unknown provider", async () => {
    const priced = await createOrg(getPool(), "Hourly reprice org");
    const actor = await createUser(getPool(), "hourly");
    const acme = spread(priced, 40).map((r, i) => ({ ...r, provider: i % 4 ? "acme" : "unknown", model: "acme-llm-2", costNano: 0n, costSource: "unpriced" as const, tier: null }));
    await ingest(priced, acme.slice(0, 25), 0);
    await ingest(priced, acme.slice(25), 1);

    const r = await createPriceOverride(priced.orgId, actor, { provider: "acme", model: "acme-llm-2", effectiveFrom: "2026-10-02", inputPerMtokUsd: "0.5", outputPerMtokUsd: "2" });
    expect(r.days).toBe(1); // 10-01 is before the effective date
    expect(await hourlyMismatches(getPool(), priced.orgId)).toEqual([]);
    expect(await dailyHourlyMismatches(getPool(), priced.orgId)).toEqual([]);

    const series = await hourlyCostSeries(getPool(), priced.orgId, { from: new Date("2026-10-02T00:00:00Z"), to: new Date("2026-10-03T00:00:00Z"), by: "model" });
    expect(series.length).toBeGreaterThan(0);
    expect(series.every((p) => p.key === "acme/acme-llm-2" && p.costNano > 0n)).toBe(true); // no phantom unknown/… rows left
  });
});
