// Anomaly alerts from real rollups: four weeks of a feature's ordinary rhythm
// (busy weekday afternoons, quiet nights and weekends) raise nothing; a five-hour
// spike on one feature raises exactly one alert, on that feature (not also on its
// team, its model and the org, hourly and daily), with the top model and end user,
// and never again on re-evaluation, the next hour or the next day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { insertEventRows, type EventRow } from "@/lib/ingest/insert-events";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { evaluateAnomalies } from "@/lib/alerts/anomalies";
import { createOrg, event } from "@/test/fixtures";

const H = 3_600_000;
const START = Date.UTC(2026, 1, 2); // a Monday
const SPIKE = Date.UTC(2026, 2, 3, 13); // Tuesday of week 5, 13:00 UTC

function rhythm(base: { teamId: string; featureId: string }, t: number, i: number): EventRow[] {
  const d = new Date(t);
  const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
  const busy = d.getUTCHours() >= 8 && d.getUTCHours() < 18;
  const n = (busy ? 6 : 2) * (weekend ? 1 : 2) + (i % 3); // 2–14 calls an hour at $0.25: $0.50–$3.50
  return Array.from({ length: n }, (_, k) => event(base, { ts: new Date(t + k * 60_000).toISOString(), costNano: 250_000_000n, endUserId: `u-${k % 5}` }));
}

describe("anomaly alerts", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  const alerts = () => sqlRows<{ title: string; message: string; details: Record<string, unknown> }>(getPool(), `SELECT title, message, details FROM alerts WHERE org_id = $1 AND kind = 'anomaly' ORDER BY created_at`, [org.orgId]);

  beforeAll(async () => {
    org = await createOrg(getPool(), "Anomaly org");
    const base = { teamId: org.teamId, featureId: org.features.chat };
    const rows: EventRow[] = [];
    for (let t = START, i = 0; t < SPIKE + 30 * H; t += H, i++) rows.push(...rhythm(base, t, i));
    for (let h = 0; h < 5; h++) {
      for (let k = 0; k < 40; k++) rows.push(event(base, { ts: new Date(SPIKE + h * H + k * 60_000).toISOString(), costNano: 2_000_000_000n, model: "claude-opus-4", provider: "anthropic", endUserId: "u-bulk" }));
    }
    await withTransaction(getPool(), async (c) => {
      for (let i = 0; i < rows.length; i += 2000) await insertEventRows(c, org.orgId, rows.slice(i, i + 2000));
      await rebuildDailyRollups(c, org.orgId);
    });
  });
  afterAll(async () => {
    await getPool().query(`DELETE FROM orgs WHERE id = $1`, [org.orgId]);
  });

  it("raises nothing on four weeks of ordinary weekday/weekend rhythm", async () => {
    expect(await evaluateAnomalies(org.orgId, new Date(SPIKE), { lookbackMs: 20 * 24 * H })).toEqual([]);
  });

  it("raises one alert for the spike, on the feature, with what, how much, since when and the top model and user", async () => {
    const now = new Date(SPIKE + 2 * H + 5 * 60_000); // two complete spike hours
    expect(await evaluateAnomalies(org.orgId, now)).toHaveLength(1);
    const [a] = await alerts();
    expect(a.details).toMatchObject({ by: "feature", feature: "chat", team: "core", interval: "hour", start: new Date(SPIKE).toISOString(), topModel: "anthropic/claude-opus-4", topUser: "u-bulk" });
    expect(Number(a.details.ratio)).toBeGreaterThan(5);
    expect(a.message).toContain("since 13:00 UTC Mar 3");
    expect(a.message).toContain("claude-opus-4");
    expect(String(a.details.link)).toMatch(/^\/overview\?from=2026-02-25&to=2026-03-\d\d&feature=chat$/);

    expect(await evaluateAnomalies(org.orgId, now)).toEqual([]); // re-run (a second worker, a restart)
    expect(await evaluateAnomalies(org.orgId, new Date(SPIKE + 5 * H + 60_000))).toEqual([]); // the spike grew; still one episode
    expect(await evaluateAnomalies(org.orgId, new Date(SPIKE + 12 * H), { lookbackMs: 30 * H })).toEqual([]); // the day's series sees it too
    expect(await evaluateAnomalies(org.orgId, new Date(SPIKE + 36 * H), { lookbackMs: 48 * H })).toEqual([]); // the complete day is anomalous too: the same spike
    expect(await alerts()).toHaveLength(1);
  });
});
