// Seeded, labelled synthetic cost series for evaluating the anomaly detectors
// (docs/anomaly-detection.md, "Evaluation"). Pure and deterministic: the same seed
// always gives the same series; nothing depends on today's date.
import { DAY_MS, HOUR_MS } from "@/lib/anomaly/detect";
import { createRng, type Rng } from "@/lib/demo/random";

export const SCENARIOS = ["spike", "level_shift", "ramp", "weekly_seasonality", "holiday", "low_volume", "daily"] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** An injected anomaly: its points form one labelled episode. */
export type Window = { start: number; end: number };

export type LabelledPoint = {
  t: number;
  value: number;
  /** true: an anomalous point; false: normal; null: inside an injected window but immaterial (not counted point-wise) */
  label: boolean | null;
};

export type LabelledSeries = { name: string; scenario: Scenario; intervalMs: number; points: LabelledPoint[]; windows: Window[] };

// a Monday, so weekday arithmetic below is easy to read; far from any real "today"
const START = Date.UTC(2024, 0, 1);
const HOURLY_WEEKS = 7;
const DAILY_WEEKS = 20;
/** Anomalies are injected after this many days, once the detectors have some history. */
const WARMUP_DAYS = 24;
/** An injected excess below this share of the series' average point is not labelled anomalous. */
const MATERIAL = 0.5;

// business-hours shape (UTC); each series shifts it by a few hours (its users' time zone)
const HOUR_SHAPE = [1, 0.8, 0.7, 0.6, 0.6, 0.7, 1.1, 1.8, 3, 4.2, 5, 5.3, 5.3, 5.2, 5, 4.8, 4.4, 3.8, 3.1, 2.6, 2.1, 1.8, 1.5, 1.2];
const SHAPE_MEAN = HOUR_SHAPE.reduce((s, v) => s + v, 0) / 24;

type Base = { values: number[]; mean: number; intervalMs: number };

function poisson(rng: Rng, lambda: number): number {
  // Knuth's method: fine for the small rates used here
  const l = Math.exp(-lambda);
  let k = 0;
  for (let p = rng.next(); p > l; p *= rng.next()) k++;
  return k;
}

const lognormal = (rng: Rng, sigma: number) => Math.exp(sigma * rng.normal() - (sigma * sigma) / 2);
const uniform = (rng: Rng, a: number, b: number) => a + (b - a) * rng.next();

/** Expected (noise-free) hourly profile: time-zone-shifted business hours × weekday rhythm × slow growth. */
function hourlyProfile(rng: Rng, weeks: number): number[] {
  const shift = rng.int(-3, 5);
  const weekend = uniform(rng, 0.3, 0.6);
  const weekday = [1, 1.05, 1.05, 1, 0.9].map((f) => f * uniform(rng, 0.95, 1.05)); // Mon..Fri
  const growth = uniform(rng, -0.1, 0.25);
  const n = weeks * 168;
  return Array.from({ length: n }, (_, i) => {
    const day = Math.floor(i / 24) % 7; // 0 = Monday
    const hour = (i % 24 + 24 - shift) % 24;
    return (HOUR_SHAPE[hour] / SHAPE_MEAN) * (day >= 5 ? weekend : weekday[day]) * (1 + (growth * i) / n);
  });
}

function hourlyBase(rng: Rng): Base {
  const perHour = uniform(rng, 1, 100); // USD per average hour
  const noise = uniform(rng, 0.08, 0.2);
  const values = hourlyProfile(rng, HOURLY_WEEKS).map((p) => perHour * p * lognormal(rng, noise));
  return { values, mean: perHour, intervalMs: HOUR_MS };
}

/** Inject `extra[i]` on top of the base; label its material points; the window spans the injection. */
function inject(base: Base, labels: (boolean | null)[], windows: Window[], from: number, extra: number[]) {
  for (let k = 0; k < extra.length && from + k < base.values.length; k++) {
    base.values[from + k] += extra[k];
    labels[from + k] = extra[k] >= MATERIAL * base.mean ? true : null;
  }
  windows.push({ start: START + from * base.intervalMs, end: START + (Math.min(from + extra.length, base.values.length) - 1) * base.intervalMs });
}

function build(name: string, scenario: Scenario, base: Base, labels: (boolean | null)[], windows: Window[]): LabelledSeries {
  const points = base.values.map((v, i) => ({ t: START + i * base.intervalMs, value: Math.round(v * 1e6) / 1e6, label: labels[i] }));
  return { name, scenario, intervalMs: base.intervalMs, points, windows };
}

/** A random start hour after the warm-up, leaving `room` points before the end. */
const startAfterWarmup = (rng: Rng, n: number, perDay: number, room: number) => rng.int(WARMUP_DAYS * perDay, n - room - 1);

function generateOne(scenario: Scenario, rng: Rng, name: string): LabelledSeries {
  if (scenario === "daily") return dailySeries(rng, name);
  if (scenario === "low_volume") return lowVolumeSeries(rng, name);
  const base = hourlyBase(rng);
  const n = base.values.length;
  const labels: (boolean | null)[] = new Array(n).fill(false);
  const windows: Window[] = [];
  if (scenario === "spike") {
    for (let s = rng.int(1, 2); s > 0; s--) {
      const hours = rng.int(1, 6);
      const size = uniform(rng, 1.5, 4) * base.mean;
      const at = startAfterWarmup(rng, n, 24, hours);
      if (labels.slice(at - 24, at + hours + 24).some((l) => l !== false)) continue; // keep spikes apart
      inject(base, labels, windows, at, Array.from({ length: hours }, () => size * lognormal(rng, 0.1)));
    }
  } else if (scenario === "level_shift") {
    // a persisting step up (a new customer, a model swap): anomalous for its first day, then the new normal
    const at = startAfterWarmup(rng, n, 24, 7 * 24);
    const factor = uniform(rng, 1.8, 3);
    for (let i = at + 24; i < n; i++) base.values[i] *= factor;
    inject(base, labels, windows, at, base.values.slice(at, at + 24).map((v) => v * (factor - 1)));
  } else if (scenario === "ramp") {
    // a runaway loop whose extra cost grows steadily until someone fixes it
    const hours = rng.int(24, 72);
    const top = uniform(rng, 2, 4) * base.mean;
    inject(base, labels, windows, startAfterWarmup(rng, n, 24, hours), Array.from({ length: hours }, (_, k) => (top * (k + 1)) / hours));
  } else if (scenario === "holiday") {
    // one or two quiet weekdays, then ordinary days: nothing to flag (only rises are anomalies)
    const week = rng.int(4, HOURLY_WEEKS - 2);
    const day = rng.int(0, 3); // Monday..Thursday, so a normal weekday follows
    const days = rng.int(1, 2);
    const quiet = uniform(rng, 0.15, 0.35);
    for (let i = (week * 7 + day) * 24; i < (week * 7 + day + days) * 24; i++) base.values[i] *= quiet;
  }
  // weekly_seasonality: the base alone
  return build(name, scenario, base, labels, windows);
}

/** A few cents an hour: Poisson request counts × a noisy cost per request; half carry a burst of ~10× the usual rate. */
function lowVolumeSeries(rng: Rng, name: string): LabelledSeries {
  const perRequest = uniform(rng, 0.004, 0.03);
  const rate = uniform(rng, 0.8, 3); // requests per average hour
  const cost = (count: number) => Array.from({ length: count }, () => perRequest * lognormal(rng, 0.5)).reduce((s, v) => s + v, 0);
  const base: Base = { values: hourlyProfile(rng, HOURLY_WEEKS).map((p) => cost(poisson(rng, rate * p))), mean: rate * perRequest, intervalMs: HOUR_MS };
  const labels: (boolean | null)[] = new Array(base.values.length).fill(false);
  const windows: Window[] = [];
  if (rng.chance(0.5)) {
    const hours = rng.int(2, 4);
    inject(base, labels, windows, startAfterWarmup(rng, base.values.length, 24, hours), Array.from({ length: hours }, () => cost(poisson(rng, rate * 10))));
  }
  return build(name, "low_volume", base, labels, windows);
}

/** Daily points over 20 weeks: weekday/weekend rhythm, growth, a quiet holiday and a 1–2 day spike. */
function dailySeries(rng: Rng, name: string): LabelledSeries {
  const perDay = uniform(rng, 20, 3000);
  const weekend = uniform(rng, 0.3, 0.7);
  const growth = uniform(rng, -0.1, 0.3);
  const n = DAILY_WEEKS * 7;
  const noise = uniform(rng, 0.05, 0.12);
  const values = Array.from({ length: n }, (_, i) => perDay * (i % 7 >= 5 ? weekend : 1) * (1 + (growth * i) / n) * lognormal(rng, noise));
  const base: Base = { values, mean: perDay, intervalMs: DAY_MS };
  const labels: (boolean | null)[] = new Array(n).fill(false);
  const windows: Window[] = [];
  const holiday = rng.int(10, DAILY_WEEKS - 1) * 7 + rng.int(0, 3);
  base.values[holiday] *= uniform(rng, 0.2, 0.4);
  const days = rng.int(1, 2);
  const at = rng.int(5 * 7, n - days - 1);
  if (Math.abs(at - holiday) > 2) inject(base, labels, windows, at, Array.from({ length: days }, () => uniform(rng, 1, 3) * perDay));
  return build(name, "daily", base, labels, windows);
}

/** `perScenario` series of every scenario, the same for the same seed. */
export function generateLabelledSeries(seed: number, perScenario = 8): LabelledSeries[] {
  const rng = createRng(seed);
  return SCENARIOS.flatMap((scenario) => Array.from({ length: perScenario }, (_, k) => generateOne(scenario, rng, `${scenario}-${k + 1}`)));
}
