// The detector on the demo org's own data (lib/demo/generate.ts, pure): the injected
// DEMO_SPIKE is found as one episode at the app's default minimum delta, and the
// ordinary weekday/weekend rhythm over 90 days raises nothing, for the org and for
// every team, feature and model, hourly and daily.
import { describe, expect, it } from "vitest";
import { DAY_MS, HOUR_MS, type SeriesPoint } from "@/lib/anomaly/detect";
import { describeEpisode, findEpisodes, type Episode } from "@/lib/anomaly/episodes";
import { generateDemoEvents } from "@/lib/demo/generate";
import { DEMO_FEATURES, DEMO_SPIKE, DEMO_TEAMS } from "@/lib/demo/scenario";
import { nanoToUsd } from "@/lib/money";

const END = new Date(Date.UTC(2025, 5, 15, 12, 30)); // a fixed "now": the test never reads the clock
const DAYS = 90;

type Buckets = Map<string, Map<number, bigint>>;

function demoSeries(): { hourly: Buckets; daily: Buckets } {
  const ids = {
    team: Object.fromEntries(DEMO_TEAMS.map((t) => [t.key, `team:${t.key}`])),
    feature: Object.fromEntries(DEMO_FEATURES.map((f) => [f.key, `feature:${f.key}`])),
  };
  const hourly: Buckets = new Map();
  const daily: Buckets = new Map();
  const add = (b: Buckets, key: string, t: number, nano: bigint) => {
    let m = b.get(key);
    if (!m) b.set(key, (m = new Map()));
    m.set(t, (m.get(t) ?? 0n) + nano);
  };
  for (const chunk of generateDemoEvents({ seed: 42, days: DAYS, end: END, ids }, new Map())) {
    for (const e of chunk) {
      const t = Date.parse(e.ts);
      for (const key of ["org", e.teamId, e.featureId, `model:${e.model}`]) {
        add(hourly, key, t - (t % HOUR_MS), e.costNano);
        add(daily, key, t - (t % DAY_MS), e.costNano);
      }
    }
  }
  return { hourly, daily };
}

/** Every bucket from the first day to `now`, missing ones as $0 (no spend), in USD. */
function toSeries(buckets: Map<number, bigint>, intervalMs: number): SeriesPoint[] {
  const start = Date.UTC(2025, 5, 15) - (DAYS - 1) * DAY_MS;
  const out: SeriesPoint[] = [];
  for (let t = start; t < END.getTime(); t += intervalMs) out.push({ t, value: nanoToUsd(buckets.get(t) ?? 0n) });
  return out;
}

describe("the demo data", () => {
  const { hourly, daily } = demoSeries();
  const spikeDay = Date.UTC(2025, 5, 15) - DEMO_SPIKE.daysAgo * DAY_MS;
  const spikeStart = spikeDay + DEMO_SPIKE.startHourUtc * HOUR_MS;
  const find = (b: Buckets, key: string, intervalMs: number): Episode[] => findEpisodes(toSeries(b.get(key)!, intervalMs), { intervalMs, now: END });

  it("finds the injected spike as one hourly episode from 13:00 that day, for the feature, its team and the org", () => {
    for (const key of ["feature:doc-summarizer", "team:platform", "org"]) {
      const episodes = find(hourly, key, HOUR_MS);
      expect(episodes, key).toHaveLength(1);
      expect(episodes[0].start, key).toBe(spikeStart);
      expect(episodes[0].end, key).toBeLessThan(spikeStart + DEMO_SPIKE.hours * HOUR_MS);
    }
    const [ep] = find(hourly, "feature:doc-summarizer", HOUR_MS);
    expect(ep.ratio).toBeGreaterThan(10);
    const { message } = describeEpisode(ep, { subject: "Document summarizer", topModel: DEMO_SPIKE.model.model, topUser: DEMO_SPIKE.endUserId });
    expect(message).toMatch(/since 13:00 UTC Jun 12 — top model .*claude-opus-4-1.*, top user .*u-bulk-import-svc/);
  });

  it("finds it on the spike's model series and on the daily series too", () => {
    expect(find(hourly, `model:${DEMO_SPIKE.model.model}`, HOUR_MS).map((e) => e.start)).toEqual([spikeStart]);
    for (const key of ["feature:doc-summarizer", "org"]) expect(find(daily, key, DAY_MS).map((e) => e.start), key).toEqual([spikeDay]);
  });

  it("raises nothing else over 90 days at the default minimum delta (org, teams, features, models; hourly and daily)", () => {
    const others: string[] = [];
    for (const [b, intervalMs] of [[hourly, HOUR_MS], [daily, DAY_MS]] as const) {
      for (const key of b.keys()) {
        for (const ep of find(b, key, intervalMs)) {
          const isSpike = intervalMs === HOUR_MS ? ep.start === spikeStart : ep.start === spikeDay;
          if (!isSpike) others.push(`${key} ${new Date(ep.start).toISOString()} +$${ep.deltaSum.toFixed(2)}`);
        }
      }
    }
    expect(others).toEqual([]);
  });
}, 60_000);
