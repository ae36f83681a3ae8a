// The anomaly CLI's input and output (scripts/anomaly-detect.ts), kept pure so the
// evaluation runs exactly the CLI's code path: `timestamp,value` CSV in, one JSON
// line per anomalous point out.
import { detectAnomalies } from "@/lib/anomaly/detect";

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export type CsvPoint = { t: number; value: number; /** the timestamp as written in the file */ raw: string };

const unquote = (s: string) => s.trim().replace(/^"(.*)"$/, "$1").trim();
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A timestamp as epoch ms: ISO-8601 with a date (a missing zone means UTC), or
 * epoch seconds / milliseconds (numbers below 1e11 are seconds). NaN when neither.
 */
export function parseTimestamp(text: string): number {
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Number(text);
    return n < 1e11 ? n * 1000 : n;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return Number.NaN;
  // a bare date or date-time without zone is UTC, never the machine's local time
  const zoned = /([zZ]|[+-]\d{2}:?\d{2})$/.test(text) || text.length === 10 ? text : `${text}Z`;
  return Date.parse(zoned.replace(" ", "T"));
}

/** Parse `timestamp,value` lines; the first line may be a header. Throws CsvError naming the bad line. */
export function parseSeriesCsv(text: string): CsvPoint[] {
  const points: CsvPoint[] = [];
  const seen = new Set<number>();
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const fields = line.split(",").map(unquote);
    const [rawTs, rawValue] = fields;
    const t = fields.length === 2 ? parseTimestamp(rawTs) : Number.NaN;
    const isHeader = points.length === 0 && fields.length === 2 && Number.isNaN(t) && !NUMBER.test(rawValue);
    if (isHeader) return;
    if (fields.length !== 2) throw new CsvError(i + 1, `expected 2 fields "timestamp,value", got ${fields.length}`);
    if (Number.isNaN(t)) throw new CsvError(i + 1, `not a timestamp (ISO-8601 or epoch seconds/ms): ${JSON.stringify(rawTs)}`);
    if (!NUMBER.test(rawValue)) throw new CsvError(i + 1, `not a number: ${JSON.stringify(rawValue)}`);
    if (seen.has(t)) throw new CsvError(i + 1, `duplicate timestamp ${rawTs}`);
    seen.add(t);
    points.push({ t, value: Number(rawValue), raw: rawTs });
  });
  if (points.length < 2) throw new CsvError(lines.length, "need at least two data lines");
  return points.sort((a, b) => a.t - b.t);
}

export type AnomalyLine = { timestamp: string; value: number; expected: number; score: number };

const sig = (x: number) => Number(x.toPrecision(6));

/** The CLI's output: one record per anomalous point, in time order. Interval and seasonality are inferred. */
export function detectCsvAnomalies(points: readonly CsvPoint[], opts: { minDelta?: number } = {}): AnomalyLine[] {
  const raw = new Map(points.map((p) => [p.t, p.raw]));
  return detectAnomalies(points, { minDelta: opts.minDelta ?? 0 })
    .filter((p) => p.anomalous)
    .map((p) => ({ timestamp: raw.get(p.t)!, value: p.value, expected: sig(p.expected), score: Math.round(p.score * 100) / 100 }));
}

/** One JSON line, keys in the documented order. */
export const formatAnomalyLine = (a: AnomalyLine) => JSON.stringify({ timestamp: a.timestamp, value: a.value, expected: a.expected, score: a.score });
