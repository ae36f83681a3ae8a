// User sketches are kept per aligned block of 1, 8 and 64 UTC days (blocks start
// on multiples of their span counted from 1970-01-01). Any range of days is an
// exact union of such blocks; merging a range reads at most 7 + 7 day sketches,
// 7 + 7 eight-day sketches and the 64-day blocks in between, so a 90-day range
// merges about a dozen sketches per feature instead of 90.

export const SKETCH_SPANS = [64, 8, 1] as const;
export type SketchSpan = (typeof SKETCH_SPANS)[number];

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** First day (YYYY-MM-DD) of the `span`-day block holding `day`. */
export function blockStart(day: string, span: SketchSpan): string {
  const n = dayNumber(day);
  return isoDay(n - (((n % span) + span) % span));
}

/** The fewest aligned blocks whose union is exactly [from, to] (inclusive days), in order. */
export function decomposeRange(from: string, to: string): { span: SketchSpan; start: string }[] {
  const out: { span: SketchSpan; start: string }[] = [];
  const end = dayNumber(to);
  for (let d = dayNumber(from); d <= end; ) {
    const span = SKETCH_SPANS.find((s) => d % s === 0 && d + s - 1 <= end)!;
    out.push({ span, start: isoDay(d) });
    d += span;
  }
  return out;
}

/**
 * Blocks covering [from, to] split at month boundaries, each tagged with its
 * month's first day: parameters for `unnest($a::date[], $b::int2[], $c::date[])`
 * AS (month, span, start), so a query can merge sketches per month and overall.
 */
export function monthlySketchBlocks(from: string, to: string): { months: string[]; spans: number[]; starts: string[] } {
  const out = { months: [] as string[], spans: [] as number[], starts: [] as string[] };
  for (let m = `${from.slice(0, 7)}-01`; m <= to; m = nextMonth(m)) {
    const lo = m < from ? from : m;
    const last = isoDay(dayNumber(nextMonth(m)) - 1);
    for (const b of decomposeRange(lo, last < to ? last : to)) {
      out.months.push(m);
      out.spans.push(b.span);
      out.starts.push(b.start);
    }
  }
  return out;
}

function nextMonth(first: string): string {
  const [y, mo] = first.split("-").map(Number);
  return mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, "0")}-01`;
}
