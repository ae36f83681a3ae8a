// npm run -s bench:anomaly [-- ROUNDS]: detector cost per series at the app's sizes
// (docs/anomaly-detection.md, "Speed"). One org's evaluation is about 91 hourly
// series of 8 weeks (1,344 points) and 91 daily series of 56 points: org, 10 teams,
// 50 features, 30 models. The series are seeded synthetic cost series (busy and
// low-volume ones, with business hours, weekends and noise), run through
// findEpisodes as the app calls it. Prints ms per series; a benchmark, not a test.
import { DAY_MS, HOUR_MS, type SeriesPoint } from "@/lib/anomaly/detect";
import { findEpisodes } from "@/lib/anomaly/episodes";
import { createRng, type Rng } from "@/lib/demo/random";

const ROUNDS = Number(process.argv[2] ?? 5);
const SERIES = 91;
const T0 = Date.UTC(2024, 0, 1); // a Monday

function poisson(rng: Rng, lambda: number): number {
  const l = Math.exp(-lambda);
  let k = 0;
  for (let p = rng.next(); p > l; p *= rng.next()) k++;
  return k;
}

/** One series: every third one low-volume (a few requests an hour), the rest busy with multiplicative noise. */
function makeSeries(rng: Rng, k: number, points: number, intervalMs: number): SeriesPoint[] {
  const perPoint = intervalMs === HOUR_MS ? 1 + 99 * rng.next() : 24 * (1 + 99 * rng.next());
  const sparse = k % 3 === 2;
  return Array.from({ length: points }, (_, i) => {
    const hour = intervalMs === HOUR_MS ? i % 24 : 12;
    const day = Math.floor((i * intervalMs) / DAY_MS) % 7;
    const shape = (hour >= 8 && hour < 19 ? 2.5 : 0.5) * (day >= 5 ? 0.4 : 1);
    const value = sparse ? 0.01 * poisson(rng, (intervalMs === HOUR_MS ? 1 : 24) * shape) : perPoint * shape * (0.85 + 0.3 * rng.next());
    return { t: T0 + i * intervalMs, value };
  });
}

function bench(label: string, points: number, intervalMs: number): number {
  const rng = createRng(7);
  const series = Array.from({ length: SERIES }, (_, k) => makeSeries(rng, k, points, intervalMs));
  for (const s of series.slice(0, 10)) findEpisodes(s, { intervalMs }); // warm-up (JIT)
  const perSeries: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = process.hrtime.bigint();
    for (const s of series) findEpisodes(s, { intervalMs });
    perSeries.push(Number(process.hrtime.bigint() - start) / 1e6 / SERIES);
  }
  perSeries.sort((a, b) => a - b);
  const med = perSeries[perSeries.length >> 1];
  console.log(`${label}: ${med.toFixed(2)} ms per series (median of ${ROUNDS} rounds of ${SERIES} series; min ${perSeries[0].toFixed(2)}, max ${perSeries[perSeries.length - 1].toFixed(2)})`);
  return med;
}

const hourly = bench("hourly, 1,344 points (8 weeks)", 8 * 168, HOUR_MS);
const daily = bench("daily, 56 points (8 weeks)", 56, DAY_MS);
console.log(`one org (${SERIES} hourly + ${SERIES} daily series): ${(SERIES * (hourly + daily)).toFixed(0)} ms`);
