// A benchmark's band scale, ready to draw: five zones from worst (left) to best
// (right) — low, the gap below the median, median, the gap above it, elite — and
// the org's marker placed inside the zone of its position (lib/benchmarks/bands.ts),
// linearly between the zone's edges. The open ends are capped (twice the low
// threshold for "lower is better", 100% for shares) so every value has a place.
import { POSITIONS, POSITION_LABELS, type Position } from "@/lib/benchmarks/bands";
import type { BenchmarkMetric } from "@/lib/benchmarks/schemas";

/** Zone widths in percent of the scale: the three published bands a little wider than the gaps between them. */
const WIDTHS: Record<Position, number> = { low: 22, below_median: 17, median: 22, above_median: 17, elite: 22 };

export type BandZone = { position: Position; name: string; range: string | null; start: number; width: number };
export type BandScale = { zones: BandZone[]; marker: number | null };

export function prepareBandScale(m: Pick<BenchmarkMetric, "bands" | "value" | "position">): BandScale {
  const b = m.bands;
  // value at each zone edge, left to right
  const edges = b.better === "lower" ? [b.low * 2, b.low, b.median[1], b.median[0], b.elite, 0] : [0, b.low, b.median[0], b.median[1], b.elite, 100];
  const ranges: Record<Position, string | null> = { low: b.labels.low, below_median: null, median: b.labels.median, above_median: null, elite: b.labels.elite };
  let start = 0;
  const zones = POSITIONS.map((position) => {
    const zone = { position, name: POSITION_LABELS[position], range: ranges[position], start, width: WIDTHS[position] };
    start += WIDTHS[position];
    return zone;
  });
  if (m.value === null || m.position === null) return { zones, marker: null };
  const i = POSITIONS.indexOf(m.position);
  const [from, to] = [edges[i], edges[i + 1]];
  const t = Math.min(1, Math.max(0, (m.value - from) / (to - from)));
  const zone = zones[i];
  return { zones, marker: Math.round((zone.start + t * zone.width) * 10) / 10 };
}
