// The workflow summary changes how much the workflows page reads, never what it
// shows: figures are the same all live, partly summarized, after a late step, a
// trace moved to an earlier day or a re-pricing changed summarized days (dirty until
// recomputed), and after a rebuild.
import { describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { insertEventRows, type EventRow } from "@/lib/ingest/insert-events";
import { createPriceOverride } from "@/lib/pricing/overrides";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { getWorkflows } from "@/lib/workflows/queries";
import { summarizeWorkflows, summaryThrough } from "@/lib/workflows/summary";
import { createOrg, createUser, event } from "@/test/fixtures";

type Org = Awaited<ReturnType<typeof createOrg>>;
const VIEW = { from: "2025-10-01", to: "2025-10-09", team: null, feature: null };

/** Traces of 1–4 steps on 2025-10-01..06 over both features, every step costing (i % 7 + 1) × 1,000 nano. */
function traces(org: Org, n: number, prefix = "tr"): EventRow[] {
  const rows: EventRow[] = [];
  for (let t = 0; t < n; t++) {
    const start = Date.UTC(2025, 9, 1 + (t % 6), 8, t % 60);
    for (let s = 0; s <= t % 4; s++) {
      rows.push(event({ teamId: org.teamId, featureId: t % 3 ? org.features.chat : org.features.search }, {
        ts: new Date(start + s * 1000).toISOString(), traceId: `${prefix}-${t}`, costNano: BigInt(((t + s) % 7) + 1) * 1_000n,
      }));
    }
  }
  return rows;
}

const ingest = (org: Org, rows: EventRow[]) => insertEventRows(getPool(), org.orgId, rows, { rollups: true, shard: 1 });
const allLive = async (org: Org) => {
  // the same figures with no summary at all
  await getPool().query(`DELETE FROM workflow_summary_state WHERE org_id = $1`, [org.orgId]);
  return getWorkflows(org.orgId, VIEW);
};
const summarized = async (org: Org) => (await sqlRows<{ n: string }>(getPool(), `SELECT count(*)::text AS n FROM workflow_days WHERE org_id = $1`, [org.orgId]))[0].n;

describe("workflow summary", () => {
  it("summarizes settled days only", () => {
    expect(summaryThrough(new Date("2025-10-10T13:00:00Z"))).toBe("2025-10-07");
  });

  it("gives the same figures summarized, after a late step and a re-pricing (dirty days), and after a rebuild", async () => {
    const org = await createOrg(getPool(), "Workflow summary org");
    const actor = await createUser(getPool(), "wf-summary");
    await ingest(org, traces(org, 60));
    const live = await getWorkflows(org.orgId, VIEW);
    expect(live.workflows).toBe(45); // 60 traces, a quarter with one step

    // (reading also schedules a run in the background, on the real clock: either run summarizes these days)
    await summarizeWorkflows(org.orgId, new Date("2025-10-10T00:00:00Z"));
    expect(Number(await summarized(org))).toBeGreaterThan(0);
    expect(await getWorkflows(org.orgId, VIEW)).toEqual(live);

    // a late step turns a 1-step trace of a summarized day into a workflow, and a new trace starts on an old day
    await summarizeWorkflows(org.orgId, new Date("2025-10-10T00:00:00Z"));
    await ingest(org, [
      event({ teamId: org.teamId, featureId: org.features.search }, { ts: "2025-10-01T08:00:09.000Z", traceId: "tr-0", costNano: 50_000n }),
      ...traces(org, 2, "late"),
    ]);
    const afterLate = await getWorkflows(org.orgId, VIEW);
    expect(afterLate.workflows).toBe(47);
    expect(afterLate).toEqual(await allLive(org));
    await summarizeWorkflows(org.orgId, new Date("2025-10-10T00:00:00Z"));
    expect(await getWorkflows(org.orgId, VIEW)).toEqual(afterLate);

    // a late step from the evening before moves a summarized trace (tr-1, 2025-10-02) to an earlier day: both days change
    await ingest(org, [event({ teamId: org.teamId, featureId: org.features.chat }, { ts: "2025-10-01T23:59:00.000Z", traceId: "tr-1", costNano: 2_000n })]);
    const afterMove = await getWorkflows(org.orgId, VIEW);
    expect(afterMove.costNano).not.toBe(afterLate.costNano);
    expect(afterMove).toEqual(await allLive(org));
    await summarizeWorkflows(org.orgId, new Date("2025-10-10T00:00:00Z"));
    expect(await getWorkflows(org.orgId, VIEW)).toEqual(afterMove);

    // re-pricing every step's model moves summarized days' costs
    await createPriceOverride(org.orgId, actor, { provider: "openai", model: "gpt-4o-mini", effectiveFrom: "2025-09-01", inputPerMtokUsd: "10", outputPerMtokUsd: "10" });
    const afterReprice = await getWorkflows(org.orgId, VIEW);
    expect(afterReprice.costNano).not.toBe(afterMove.costNano);
    expect(afterReprice).toEqual(await allLive(org));

    // a rebuild from a day on drops the summary from that day; figures stay the same
    await summarizeWorkflows(org.orgId, new Date("2025-10-10T00:00:00Z"));
    await withTransaction(getPool(), (c) => rebuildDailyRollups(c, org.orgId, { fromDay: "2025-10-03" }));
    expect(await getWorkflows(org.orgId, VIEW)).toEqual(afterReprice);
    const [{ n }] = await sqlRows<{ n: string }>(getPool(), `SELECT count(*)::text AS n FROM workflow_days WHERE org_id = $1 AND day >= '2025-10-03'`, [org.orgId]);
    expect(n).toBe("0");
  });
});
