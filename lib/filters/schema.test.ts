import { describe, expect, it } from "vitest";
import { filtersQuerySchema, filtersToParams, parseFilters } from "@/lib/filters/schema";

const NOW = new Date("2026-11-25T15:30:00Z"); // a Wednesday, mid-quarter (Q4 starts Oct 1)

describe("filters", () => {
  it("default to the last 30 UTC days with today partial, compared on full days only", () => {
    const { filters, issues } = parseFilters({}, NOW);
    expect(issues).toEqual([]);
    expect(filters).toMatchObject({ preset: "30d", from: "2026-10-27", to: "2026-11-25", days: 30, prevFrom: "2026-09-27", prevTo: "2026-10-26", partialDay: "2026-11-25" });
    // 29 complete days (Oct 27 – Nov 24) against the 29 days before them
    expect(filters.compare).toEqual({ from: "2026-10-27", to: "2026-11-24", prevFrom: "2026-09-28", prevTo: "2026-10-26", days: 29 });
  });

  it("resolve every preset in UTC", () => {
    const r = (range: string) => { const f = parseFilters({ range }, NOW).filters; return [f.from, f.to, f.days]; };
    expect(r("7d")).toEqual(["2026-11-19", "2026-11-25", 7]);
    expect(r("90d")).toEqual(["2026-08-28", "2026-11-25", 90]);
    expect(r("mtd")).toEqual(["2026-11-01", "2026-11-25", 25]);
    expect(r("last-month")).toEqual(["2026-10-01", "2026-10-31", 31]);
    expect(r("qtd")).toEqual(["2026-10-01", "2026-11-25", 56]);
    // last month is complete: no partial day, and the comparison is the 31 days before
    expect(parseFilters({ range: "last-month" }, NOW).filters).toMatchObject({ partialDay: null, compare: { prevFrom: "2026-08-31", prevTo: "2026-09-30", days: 31 } });
    // on the 1st, month-to-date holds only today: nothing complete to compare yet
    expect(parseFilters({ range: "mtd" }, new Date("2026-12-01T08:00:00Z")).filters.compare).toBeNull();
    // in January, last month is the previous year's December
    expect(parseFilters({ range: "last-month" }, new Date("2027-01-10T00:00:00Z")).filters).toMatchObject({ from: "2026-12-01", to: "2026-12-31" });
  });

  it("take a custom from–to with the previous period of equal length", () => {
    const { filters, issues } = parseFilters(new URLSearchParams("from=2026-02-01&to=2026-03-02&team=support&feature=support-chat&provider=openai&model=gpt-4o"), NOW);
    expect(issues).toEqual([]);
    expect(filters).toMatchObject({ preset: "custom", from: "2026-02-01", to: "2026-03-02", days: 30, prevFrom: "2026-01-02", prevTo: "2026-01-31", partialDay: null, team: "support", feature: "support-chat", provider: "openai", model: "gpt-4o" });
  });

  it("report invalid values instead of silently replacing them, keeping the valid rest", () => {
    const { filters, issues } = parseFilters({ range: "week", team: "growth" }, NOW);
    expect(issues).toEqual([{ param: "range", message: expect.stringContaining("7d, 30d, 90d") }]);
    expect(filters).toMatchObject({ preset: "30d", team: "growth" });
    expect(parseFilters({ from: "2026-11-10" }, NOW).issues).toEqual([{ param: "to", message: "a custom range needs both from and to" }]);
    expect(parseFilters({ from: "2026-11-10", to: "2026-11-01" }, NOW).issues.map((i) => i.param)).toEqual(["from"]);
    // an impossible date is reported once, and the half-range it leaves is dropped
    const impossible = parseFilters({ from: "2026-13-01", to: "2026-11-01" }, NOW);
    expect([impossible.issues.map((i) => i.param), impossible.filters.preset]).toEqual([["from"], "30d"]);
    expect(parseFilters({ from: "2024-01-01", to: "2026-01-01" }, NOW).issues[0].message).toContain("at most 400 days");
    expect(parseFilters({ from: "2026-11-01", to: "2026-12-31" }, NOW).issues).toEqual([{ param: "to", message: "must not be in the future" }]);
    // both a preset and a custom range: the custom range is used, and the conflict reported
    const both = parseFilters({ range: "7d", from: "2026-11-01", to: "2026-11-02" }, NOW);
    expect([both.filters.preset, both.filters.from, both.issues.map((i) => i.param)]).toEqual(["custom", "2026-11-01", ["range"]]);
  });

  it("answer APIs strictly: any invalid parameter fails, naming it", () => {
    const schema = filtersQuerySchema(() => NOW);
    expect(schema.parse({ range: "7d", team: "support" })).toMatchObject({ from: "2026-11-19", team: "support" });
    const bad = schema.safeParse({ from: "2026-11-10", to: "2026-11-01" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["from"]);
    expect(schema.safeParse({ range: "year" }).error?.issues.map((i) => i.path.join("."))).toEqual(["range"]);
    expect(schema.safeParse({ days: "30" }).error?.issues[0].message).toContain("unknown parameter");
  });

  it("round-trip through the URL, so a shared link reproduces the view", () => {
    for (const search of ["", "range=7d&team=support", "from=2026-02-01&to=2026-03-02&provider=openai&model=gpt-4o", "range=last-month&feature=a%2Fb"]) {
      const { filters } = parseFilters(new URLSearchParams(search), NOW);
      expect(filtersToParams(filters).toString()).toBe(search);
      expect(parseFilters(filtersToParams(filters), NOW).filters).toEqual(filters);
    }
  });
});
