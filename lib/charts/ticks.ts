// "Nice" axis ticks: steps of 1, 2 or 5 × 10^k covering [min, max], so an axis
// reads 0, 0.005, 0.010, 0.015 rather than 0, 0.0047, 0.0094.

export type Ticks = { ticks: number[]; step: number; min: number; max: number };

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/** About `count` nice ticks from a nice floor of `min` to a nice ceiling of `max` (0 kept in view for non-negative data). */
export function niceTicks(minValue: number, maxValue: number, count = 4): Ticks {
  let lo = Math.min(0, minValue);
  let hi = Math.max(0, maxValue);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) lo = hi = 0;
  if (hi === lo) hi = lo + 1;
  const step = niceStep(hi - lo, count);
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  // rounding to the step's decimals keeps 0.1 + 0.2 from printing as 0.30000000000000004
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toFixed(decimals)));
  return { ticks, step, min: ticks[0], max: ticks[ticks.length - 1] };
}
