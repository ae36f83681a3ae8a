// The routing, quality and workflow columns of the daily rollups and the
// per-trace rollups stay exact: every stored event counts once, across batches
// that split a trace (including a later batch holding its earliest step),
// replays, concurrent overlapping batches, rebuilds and re-pricing.
import { describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { insertEventRows, type EventRow } from "@/lib/ingest/insert-events";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { foldTraces } from "@/lib/rollups/fold-traces";
import { createPriceOverride } from "@/lib/pricing/overrides";
import { createOrg, createUser, event } from "@/test/fixtures";
import { dailyMismatches, traceMismatches } from "@/test/rollups";

type Org = Awaited<ReturnType<typeof createOrg>>;

/** n events on 2026-10-01/02 in traces of 4 steps (every 5th event untraced), with quality signals and requested models. */
function events(org: Org, n: number, model = { provider: "openai", model: "gpt-4o-mini" }): EventRow[] {
  return Array.from({ length: n }, (_, i) => {
    const ts = new Date(Date.UTC(2026, 9, 1, 22) + ((i * 613) % 14_400) * 1000).toISOString();
    return event(
      { teamId: org.teamId, featureId: i % 3 ? org.features.chat : org.features.search },
      {
        ts,
        ...model,
        requestedModel: i % 2 ? "gpt-4o" : null,
        costNano: BigInt(1_000 + ((i * 7_919) % 50_000)),
        status: i % 11 ? "ok" : "error",
        cacheHit: i % 13 === 0,
        traceId: i % 5 === 4 ? null : `tr-${Math.floor(i / 4)}`,
        qualityScore: i % 4 ? 0.5 + (i % 7) / 20 : null,
        hallucination: i % 6 ? i % 9 === 0 : null,
        guardrailBlocked: i % 2 ? i % 17 === 0 : null,
      },
    );
  });
}

const ingest = (org: Org, rows: EventRow[], shard: number) => insertEventRows(getPool(), org.orgId, rows, { rollups: true, shard });
const exact = async (org: Org) => {
  expect(await dailyMismatches(getPool(), org.orgId)).toEqual([]);
  expect(await traceMismatches(getPool(), org.orgId)).toEqual([]);
};

describe("routing, quality and trace rollups", () => {
  it("count every event once across split traces, replays and racing batches", async () => {
    const org = await createOrg(getPool(), "Trace rollup org");
    const rows = events(org, 120);
    // the later half first: traces then gain earlier steps, which move their start, day and feature
    expect(await ingest(org, rows.slice(60), 1)).toHaveLength(60);
    expect(await ingest(org, rows.slice(30, 90), 2)).toHaveLength(30);
    const raced = await Promise.all([3, 4, 5].map((shard) => ingest(org, rows.slice(0, 40), shard)));
    expect(raced.reduce((n, ids) => n + ids.length, 0)).toBe(30);
    await exact(org);
    const [t] = await sqlRows<{ n: string; multi: string }>(getPool(), `SELECT count(*)::text AS n, count(*) FILTER (WHERE steps = 4)::text AS multi FROM trace_rollups WHERE org_id = $1`, [org.orgId]);
    // 120 events: 30 trace ids of 4 event indexes each; one index in 5 is untraced, which
  // leaves all 4 steps only to the traces with no index ≡ 4 (mod 5): 1 in every 5
  expect(t).toEqual({ n: "30", multi: "6" });
  });

  it("stay exact when folds race the batches, and a fold with nothing pending changes nothing", async () => {
    const org = await createOrg(getPool(), "Trace fold race org");
    const rows = events(org, 200);
    // batches of split traces, later steps first, with folds in between and alongside
    const batches = [rows.slice(150), rows.slice(100, 160), rows.slice(40, 110), rows.slice(0, 50)];
    await Promise.all(batches.map(async (b, i) => {
      await ingest(org, b, i + 1);
      await foldTraces(org.orgId);
    }));
    await Promise.all([foldTraces(org.orgId), ingest(org, rows.slice(90, 130), 7), foldTraces(org.orgId)]);
    await exact(org);
    const [{ n }] = await sqlRows<{ n: string }>(getPool(), `SELECT count(*)::text AS n FROM trace_partials WHERE org_id = $1`, [org.orgId]);
    expect(n).toBe("0");
    expect(await foldTraces(org.orgId)).toBe(0);
    await exact(org);
  });

  it("give a trace the same feature whichever batch brings which of two simultaneous first steps", async () => {
    const org = await createOrg(getPool(), "Trace tie org");
    const ts = "2026-10-01T12:00:00.000Z";
    const [a, b] = [event({ teamId: org.teamId, featureId: org.features.chat }, { ts, traceId: "tie" }), event({ teamId: org.teamId, featureId: org.features.search }, { ts, traceId: "tie" })];
    const later = event({ teamId: org.teamId, featureId: org.features.chat }, { ts: "2026-10-01T12:00:05.000Z", traceId: "tie" });
    await ingest(org, [later], 1);
    await ingest(org, [b], 2);
    await ingest(org, [a], 3);
    await exact(org);
    const other = await createOrg(getPool(), "Trace tie org 2");
    const [a2, b2] = [event({ teamId: other.teamId, featureId: other.features.chat }, { ts, traceId: "tie" }), event({ teamId: other.teamId, featureId: other.features.search }, { ts, traceId: "tie" })];
    await ingest(other, [a2], 1);
    await ingest(other, [b2], 2);
    await exact(other);
  });

  it("rebuild recomputes them, wholly or from a UTC day on", async () => {
    const org = await createOrg(getPool(), "Trace rebuild org");
    await ingest(org, events(org, 80), 1);
    await foldTraces(org.orgId);
    await getPool().query(`UPDATE trace_rollups SET steps = steps + 1 WHERE org_id = $1`, [org.orgId]);
    await getPool().query(`UPDATE daily_rollups SET hallucinations = hallucinations + 1 WHERE org_id = $1`, [org.orgId]);
    await withTransaction(getPool(), (c) => rebuildDailyRollups(c, org.orgId, { fromDay: "2026-10-02" }));
    expect((await traceMismatches(getPool(), org.orgId)).length).toBeGreaterThan(0); // traces that started on 10-01 kept their row
    await withTransaction(getPool(), (c) => rebuildDailyRollups(c, org.orgId));
    await exact(org);
  });

  it.each([
    ["before", true],
    ["while its steps wait to be folded, and", false],
  ])("re-pricing moves traced cost and trace cost with the events (traces folded %s)", async (_, foldFirst) => {
    const org = await createOrg(getPool(), "Trace reprice org");
    const actor = await createUser(getPool(), "trace-reprice");
    const acme = events(org, 60, { provider: "acme", model: "acme-llm-3" }).map((r, i) => ({ ...r, provider: i % 4 ? "acme" : "unknown", costNano: 0n, costSource: "unpriced" as const, tier: null }));
    await ingest(org, acme, 1);
    if (foldFirst) await foldTraces(org.orgId);
    await createPriceOverride(org.orgId, actor, { provider: "acme", model: "acme-llm-3", effectiveFrom: "2026-09-01", inputPerMtokUsd: "0.5", outputPerMtokUsd: "2" });
    await exact(org);
    const [{ cost }] = await sqlRows<{ cost: string }>(getPool(), `SELECT sum(cost_nano)::text AS cost FROM trace_rollups WHERE org_id = $1`, [org.orgId]);
    expect(BigInt(cost)).toBeGreaterThan(0n);
  });
});
