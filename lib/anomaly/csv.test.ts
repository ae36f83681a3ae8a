import { describe, expect, it } from "vitest";
import { CsvError, detectCsvAnomalies, formatAnomalyLine, parseSeriesCsv, parseTimestamp } from "@/lib/anomaly/csv";
import { describeEpisode, type Episode } from "@/lib/anomaly/episodes";

describe("parseSeriesCsv", () => {
  it("reads ISO-8601 and epoch seconds or ms, with or without a header", () => {
    expect(parseSeriesCsv("timestamp,value\n2024-01-01T00:00:00Z,1.5\n2024-01-01 01:00,2\n").map((p) => [p.t, p.value])).toEqual([[Date.UTC(2024, 0, 1), 1.5], [Date.UTC(2024, 0, 1, 1), 2]]);
    expect(parseSeriesCsv("1704067200,1\n1704070800000,2").map((p) => p.t)).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1, 1)]);
    expect(parseTimestamp("2024-01-01")).toBe(Date.UTC(2024, 0, 1));
    expect(parseTimestamp("yesterday")).toBeNaN();
  });
  it("names the bad line", () => {
    expect(() => parseSeriesCsv("t,v\n2024-01-01T00:00Z,1\n2024-01-01T01:00Z,abc")).toThrow(new CsvError(3, 'not a number: "abc"'));
    expect(() => parseSeriesCsv("2024-01-01T00:00Z,1\nnot-a-date,2")).toThrow(/line 2: not a timestamp/);
    expect(() => parseSeriesCsv("2024-01-01T00:00Z,1,3")).toThrow(/line 1: expected 2 fields/);
    expect(() => parseSeriesCsv("2024-01-01T00:00Z,1\n2024-01-01T00:00Z,2")).toThrow(/line 2: duplicate timestamp/);
    expect(() => parseSeriesCsv("t,v\n")).toThrow(/at least two/);
  });
});

describe("detectCsvAnomalies", () => {
  it("prints one line per anomalous point with the timestamp as given", () => {
    const lines = Array.from({ length: 24 * 21 }, (_, i) => `${1704067200 + i * 3600},${i === 24 * 20 + 12 ? 50 : 10 + (i % 3)}`);
    const out = detectCsvAnomalies(parseSeriesCsv(lines.join("\n")));
    expect(out.map(formatAnomalyLine)).toEqual([`{"timestamp":"${1704067200 + (24 * 20 + 12) * 3600}","value":50,"expected":${out[0].expected},"score":${out[0].score}}`]);
    expect(out[0].expected).toBeGreaterThanOrEqual(10);
    expect(out[0].expected).toBeLessThanOrEqual(12);
    expect(out[0].score).toBeGreaterThan(4.5);
  });
});

describe("describeEpisode", () => {
  it("says what, how far above expected, since when, and the top model and user", () => {
    const ep: Episode = { start: Date.UTC(2024, 11, 1, 13), end: Date.UTC(2024, 11, 1, 17), intervalMs: 3_600_000, points: 5, peakT: 0, peakValue: 0, expectedSum: 38, actualSum: 412, deltaSum: 374, ratio: 412 / 38, ongoing: false };
    const { title, message } = describeEpisode(ep, { subject: "Document summarizer", topModel: "claude-opus-4", topUser: "u-bulk-import-svc" });
    const plain = (s: string) => s.replace(/[\u2068\u2069]/g, "");
    expect(plain(title)).toBe("Cost anomaly: Document summarizer $374.00 above expected");
    expect(plain(message)).toBe("Document summarizer spend $412.00 vs $38.00 expected (10.8×) since 13:00 UTC Dec 1 — top model claude-opus-4, top user u-bulk-import-svc");
  });
});
