import { describe, expect, it } from "vitest";
import { chooseEpisodes, overlaps, within, type Candidate } from "@/lib/alerts/anomaly-choice";

const H = 3_600_000;
const D = 24 * H;
const T0 = Date.UTC(2026, 10, 30, 13);
const ep = (by: Candidate["subject"]["by"], key: string, intervalMs = H, start = T0, end = T0 + 4 * H, extra: Partial<Candidate["subject"]> = {}): Candidate => ({
  subject: { by, key, ...extra }, intervalMs, start, end,
});

describe("choosing one alert per spike", () => {
  it("a feature's spike seen in its feature, team, model and org, hourly and daily, alerts once, on the feature", () => {
    const feature = ep("feature", "f-doc", H, T0, T0 + 4 * H, { teamId: "t-docs", topModel: "anthropic/claude-opus-4" });
    const all = [
      ep("org", ""), ep("team", "t-docs"), ep("model", "anthropic/claude-opus-4"), feature,
      ep("org", "", D, Date.UTC(2026, 10, 30), Date.UTC(2026, 10, 30)), ep("feature", "f-doc", D, Date.UTC(2026, 10, 30), Date.UTC(2026, 10, 30), { teamId: "t-docs" }),
    ];
    expect(chooseEpisodes(all, [])).toEqual([feature]);
  });

  it("two spikes in unrelated features at the same time alert twice; an unrelated model spike later alerts too", () => {
    const a = ep("feature", "f-a", H, T0, T0 + H, { teamId: "t1" });
    const b = ep("feature", "f-b", H, T0, T0 + H, { teamId: "t2" });
    const later = ep("model", "openai/gpt-4.1", H, T0 + 10 * H, T0 + 11 * H);
    const chosen = chooseEpisodes([ep("org", ""), later, b, a], []);
    expect(chosen).toHaveLength(3);
    expect(chosen).toEqual(expect.arrayContaining([a, b, later]));
  });

  it("an episode already alerted (before a restart, or at another level) is not raised again", () => {
    const raisedOrg = ep("org", "", H, T0, T0 + H);
    const featureNow = ep("feature", "f-a", H, T0 + H, T0 + 3 * H, { teamId: "t1" });
    expect(chooseEpisodes([featureNow], [raisedOrg])).toEqual([]);
    const raisedFeature = ep("feature", "f-a", H, T0, T0 + H, { teamId: "t1" });
    expect(chooseEpisodes([ep("team", "t1", D, Date.UTC(2026, 10, 30), Date.UTC(2026, 10, 30))], [raisedFeature])).toEqual([]);
    // the same feature's next, separate spike (no overlap) alerts again
    const next = ep("feature", "f-a", H, T0 + 30 * H, T0 + 31 * H, { teamId: "t1" });
    expect(chooseEpisodes([next], [raisedFeature])).toEqual([next]);
  });

  it("overlap is half-open and containment follows team, top model and org", () => {
    expect(overlaps(ep("org", "", H, T0, T0), ep("org", "", H, T0 + H, T0 + H))).toBe(false);
    expect(overlaps(ep("org", "", H, T0, T0), ep("org", "", D, T0 - 13 * H, T0 - 13 * H))).toBe(true);
    expect(within({ by: "feature", key: "f", teamId: "t" }, { by: "team", key: "t" })).toBe(true);
    expect(within({ by: "feature", key: "f", teamId: "t" }, { by: "team", key: "u" })).toBe(false);
    expect(within({ by: "team", key: "t", topModel: "m" }, { by: "model", key: "m" })).toBe(true);
    expect(within({ by: "model", key: "m" }, { by: "feature", key: "f" })).toBe(false);
    expect(within({ by: "model", key: "m" }, { by: "org", key: "" })).toBe(true);
  });
});
