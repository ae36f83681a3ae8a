// How to read a bounded sample of one feature's raw events (the cost-per-request
// distribution and top end users of the feature detail). usage_events has no index
// on the feature (a B-tree would slow ingest), only a BRIN index on ts: reading a
// short time window touches only that window's pages, as long as events are stored
// in roughly time order (they are, when they arrive through ingest). So the newest
// requests are read in time windows backwards from the range's end: the first as
// long as the daily rollups say should hold the sample (each window read costs a
// block range or two extra at its edges, so fewer, fitted windows read less), then
// doubling, until enough are found, the range starts, or the rows the windows should
// hold reach a cap. A table not stored in
// time order (bulk-loaded history) defeats BRIN; then a random sample of a bounded
// number of pages is read instead, and the answer says so.

export type SampleLimits = { rows: number; scanRows: number; pages: number; minCorrelation: number };

export const SAMPLE_LIMITS: SampleLimits = {
  /** requests in the sample */
  rows: 5_000,
  /** rows the windows may hold (the org's by the rollups, or all orgs' by the planner's statistics): the read bound of the "latest" method */
  scanRows: 250_000,
  /** heap pages a random sample reads (8 KB each) */
  pages: 1_000,
  /** below this correlation of ts with the physical row order, BRIN windows cannot narrow a scan */
  minCorrelation: 0.8,
};

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export type SampleMethod = { method: "latest" } | { method: "sample"; percent: number };

/**
 * The latest-first windows need events in time order; otherwise (and only when the
 * table is big enough to matter) a TABLESAMPLE of about `pages` pages. No statistics
 * yet (never analysed) counts as ordered: such a table is new and small.
 */
export function chooseMethod(stats: { relpages: number; correlation: number | null }, limits: { pages: number; minCorrelation: number } = SAMPLE_LIMITS): SampleMethod {
  if (stats.relpages <= limits.pages || stats.correlation === null || stats.correlation >= limits.minCorrelation) return { method: "latest" };
  return { method: "sample", percent: Math.max(0.001, (100 * limits.pages) / stats.relpages) };
}

/** Requests per UTC day (YYYY-MM-DD → count), from the rollups. */
export type DayCounts = ReadonlyMap<string, number>;

/**
 * Requests expected in [lo, hi) (epoch ms), spreading each day's count evenly over
 * its hours up to `end` (today's count covers only the hours until now).
 */
function expected(counts: DayCounts, lo: number, hi: number, end: number): number {
  let n = 0;
  for (let d = Math.floor(lo / DAY_MS) * DAY_MS; d < hi; d += DAY_MS) {
    const dayEnd = Math.min(d + DAY_MS, Math.max(end, d + HOUR_MS));
    const overlap = Math.min(hi, dayEnd) - Math.max(lo, d);
    if (overlap > 0) n += ((counts.get(new Date(d).toISOString().slice(0, 10)) ?? 0) * overlap) / (dayEnd - d);
  }
  return n;
}

/** The hours back from `hi` (at least 1, at most to `start`) that should hold `rows` of the feature's requests. */
function hoursHolding(counts: DayCounts, rows: number, start: number, hi: number, end: number): number {
  let lo = hi - HOUR_MS;
  for (let n = expected(counts, lo, hi, end); n < rows && lo > start; lo -= HOUR_MS) n += expected(counts, lo - HOUR_MS, lo, end);
  return Math.max(HOUR_MS, hi - Math.max(lo, start));
}

/**
 * Rows of the whole events table in [lo, hi) (epoch ms), from the planner's ts
 * histogram (equal-count buckets between `bounds`) and the table's row count: what
 * a window costs to read when other orgs' events share its pages. Past the newest
 * bound (events since the last ANALYZE) the newest bucket's density continues.
 */
export function tableRowsEstimator(bounds: readonly number[], totalRows: number): (lo: number, hi: number) => number {
  const buckets = bounds.length - 1;
  if (buckets < 1 || totalRows <= 0) return () => 0;
  const perBucket = totalRows / buckets;
  const last = bounds[buckets];
  const tailDensity = perBucket / Math.max(1, last - bounds[buckets - 1]);
  return (lo, hi) => {
    let n = hi > last ? (hi - Math.max(lo, last)) * tailDensity : 0;
    for (let i = 0; i < buckets; i++) {
      const [a, b] = [bounds[i], bounds[i + 1]];
      const overlap = Math.min(hi, b) - Math.max(lo, a);
      if (overlap > 0) n += b > a ? (perBucket * overlap) / (b - a) : 0;
    }
    return n;
  };
}

/**
 * The earliest start ≥ `floor` of a window ending at `hi` whose rows stay within
 * `budget`, walking back an hour at a time (the hour that passes it is cut to whole
 * seconds). The first window keeps at least a second, so a sample is never empty by budget.
 */
function fit(cost: (lo: number, hi: number) => number, hi: number, floor: number, budget: number, first: boolean): number {
  let used = 0;
  for (let lo = hi; lo > floor; ) {
    const step = Math.max(floor, lo - HOUR_MS);
    const c = cost(step, lo);
    if (used + c > budget) {
      const part = Math.floor(((lo - step) * Math.max(0, budget - used)) / c / 1000) * 1000;
      return lo - (first && lo === hi ? Math.max(1000, part) : part);
    }
    used += c;
    lo = step;
  }
  return floor;
}

/**
 * Window boundaries, newest first (ISO timestamps): window i is [b[i+1], b[i]). They
 * start at the end of `to` (or the next full hour after `now`, if earlier); the first
 * spans the whole hours that should hold 1.25 × `rows` of the feature's requests, and
 * each next one twice the one before, until the windows should hold twice `rows`,
 * reach `from`, or would read more than `scanRows` rows: the org's requests (rollups)
 * or, when larger, all orgs' events in the window (`table`, from the planner's
 * statistics). The window that would pass the budget is cut to what is left of it
 * (hour by hour). Empty when the range has not begun.
 */
export function sampleWindows(
  p: { from: string; to: string; now: Date; feature: DayCounts; org: DayCounts; table?: (lo: number, hi: number) => number },
  limits: { rows: number; scanRows: number } = SAMPLE_LIMITS,
): string[] {
  const start = Date.parse(`${p.from}T00:00:00Z`);
  const end = Math.min(Date.parse(`${p.to}T00:00:00Z`) + DAY_MS, Math.ceil(p.now.getTime() / HOUR_MS) * HOUR_MS);
  if (end <= start) return [];
  const cost = (lo: number, hi: number) => Math.max(expected(p.org, lo, hi, end), p.table?.(lo, hi) ?? 0);
  const bounds = [end];
  let featureRows = 0;
  let scanned = 0;
  // the first window: what should hold the sample and a quarter more; then doubling
  for (let hi = end, size = hoursHolding(p.feature, 1.25 * limits.rows, start, end, end); hi > start; size *= 2) {
    const want = Math.max(start, hi - size);
    const lo = fit(cost, hi, want, limits.scanRows - scanned, bounds.length === 1);
    if (lo >= hi) break;
    bounds.push(lo);
    featureRows += expected(p.feature, lo, hi, end);
    scanned += cost(lo, hi);
    if (lo > want || featureRows >= 2 * limits.rows || scanned >= limits.scanRows) break;
    hi = lo;
  }
  return bounds.map((t) => new Date(t).toISOString());
}
