// Deterministic generator of the demo org's usage events: weekday and hour-of-day
// seasonality, slow growth, app cache hits, prompt caching, multi-step traces,
// a few errors, quality signals and one injected cost spike.
import { catalogPrice } from "@/lib/pricing/catalog";
import { defaultTier, type Tier } from "@/lib/pricing/tiers";
import type { OrgPricing } from "@/lib/pricing/resolve";
import type { EventRow } from "@/lib/ingest/insert-events";
import { eventSchema } from "@/lib/ingest/schemas";
import { toEventRow } from "@/lib/ingest/to-row";
import { createRng } from "@/lib/demo/random";
import { DEMO_FEATURES, DEMO_SPIKE, type DemoFeature, type DemoModel } from "@/lib/demo/scenario";

const DAY_MS = 86_400_000;
// share of a day's traffic per UTC hour (business hours peak)
const HOUR_WEIGHTS = [2, 1.5, 1.2, 1, 1, 1.2, 2, 3, 4.5, 6, 7, 7.5, 7.5, 7.5, 7, 6.5, 6, 5, 4, 3.5, 3, 2.8, 2.5, 2.2];
const HOURS = HOUR_WEIGHTS.map((w, h) => [h, w] as const);
// the demo org has no overrides or manual tiers: prices and tiers are the catalog's, as at ingest
const DEMO_PRICING: OrgPricing = { overrides: new Map(), tiers: new Map() };

export type GenerateOptions = { seed: number; days: number; end: Date; ids: { team: Record<string, string>; feature: Record<string, string> } };

/** Per feature and month (YYYY-MM): cost, requests and distinct users, for pricing revenue. */
export type FeatureMonthStats = Map<string, Map<string, { costNano: bigint; requests: number; users: Set<string> }>>;

const tierCache = new Map<string, Tier | null>();
/** The model's default tier (for the simulated latency and quality only; stored tiers come from toEventRow). */
function tierOf(model: DemoModel, at: Date): Tier | null {
  const key = `${model.provider}/${model.model}`;
  if (!tierCache.has(key)) {
    const price = catalogPrice(model.model, model.provider, at);
    tierCache.set(key, price ? defaultTier(price.prices) : null);
  }
  return tierCache.get(key)!;
}

/**
 * Yield events in chunks (oldest day first). `stats` collects per feature-month
 * totals while generating, so revenue can be priced without re-reading events.
 */
export function* generateDemoEvents(opts: GenerateOptions, stats: FeatureMonthStats, chunkSize = 5000): Generator<EventRow[]> {
  const rng = createRng(opts.seed);
  const endDay = Date.UTC(opts.end.getUTCFullYear(), opts.end.getUTCMonth(), opts.end.getUTCDate());
  const startDay = endDay - (opts.days - 1) * DAY_MS;
  let seq = 0;
  let chunk: EventRow[] = [];

  // Every demo event is an API event: validated by the ingest schema and turned
  // into a stored row by the ingest path's own toEventRow (same costs, sources, tiers).
  const emit = (event: Record<string, unknown>, f: DemoFeature) => {
    const parsed = eventSchema.parse({ eventId: `demo-${(seq++).toString(36)}`, ...event, team: f.team, feature: f.key });
    const row = toEventRow(parsed, DEMO_PRICING, { teamId: opts.ids.team[f.team], featureId: opts.ids.feature[f.key] });
    const month = row.ts.slice(0, 7);
    let perFeature = stats.get(f.key);
    if (!perFeature) stats.set(f.key, (perFeature = new Map()));
    let s = perFeature.get(month);
    if (!s) perFeature.set(month, (s = { costNano: 0n, requests: 0, users: new Set() }));
    s.costNano += row.costNano;
    s.requests += 1;
    if (row.endUserId) s.users.add(row.endUserId);
    chunk.push(row);
  };

  const call = (f: DemoFeature, model: DemoModel, ts: Date, user: string, input: number, output: number, trace: { traceId: string; spanId: string; parent: string | null }) => {
    const tier = tierOf(model, ts);
    const appCacheHit = rng.chance(f.appCacheRate);
    const error = !appCacheHit && rng.chance(0.012);
    const cached = !appCacheHit && rng.chance(f.promptCacheRate) ? Math.round(input * (0.5 + rng.next() * 0.4)) : 0;
    const cacheWrite = model.provider === "anthropic" && cached === 0 && rng.chance(0.05) ? Math.round(input * 0.6) : 0;
    const reasoning = model.model.startsWith("o4") ? rng.around(output * 2) : 0;
    const outTokens = error ? 0 : output + reasoning;
    const smallModel = tier === "small";
    // random draws in the same order as always, so the seeded demo stays the same data
    const latencyMs = appCacheHit ? rng.int(5, 40) : Math.round((tier === "frontier" ? 1400 : tier === "mid" ? 700 : 300) + outTokens * (smallModel ? 4 : 12) * (0.6 + rng.next()));
    const quality = error ? undefined : {
      score: Math.min(1, Math.max(0, (smallModel ? 0.78 : tier === "mid" ? 0.86 : 0.92) + rng.normal() * 0.06)),
      hallucination: rng.chance(smallModel ? 0.05 : 0.02),
    };
    const guardrailBlocked = rng.chance(0.004);
    emit(
      {
        timestamp: ts.toISOString(),
        provider: model.provider,
        model: model.model,
        ...(f.requestedModel ? { requestedModel: f.requestedModel.model } : {}),
        userId: user,
        inputTokens: input,
        outputTokens: outTokens,
        cachedInputTokens: cached,
        cacheWriteTokens: cacheWrite,
        reasoningTokens: error ? 0 : reasoning,
        latencyMs,
        status: error ? "error" : "ok",
        cacheHit: appCacheHit,
        traceId: trace.traceId,
        spanId: trace.spanId,
        ...(trace.parent ? { parentSpanId: trace.parent } : {}),
        quality: { ...quality, guardrailBlocked },
      },
      f,
    );
  };

  for (let d = 0; d < opts.days; d++) {
    const day = startDay + d * DAY_MS;
    const weekday = new Date(day).getUTCDay();
    const seasonal = weekday === 0 || weekday === 6 ? 0.45 : 1;
    const growth = 0.75 + (0.25 * d) / Math.max(1, opts.days - 1);
    for (const f of DEMO_FEATURES) {
      const count = Math.round(f.weekdayRequests * seasonal * growth * (0.9 + rng.next() * 0.2));
      for (let i = 0; i < count; i++) {
        const hour = rng.pick(HOURS);
        const ts = new Date(day + hour * 3_600_000 + rng.int(0, 3_599_999));
        if (ts.getTime() > opts.end.getTime()) continue;
        const user = `u-${f.key.slice(0, 3)}-${rng.int(1, f.users)}`;
        const steps = rng.int(f.steps[0], f.steps[1]);
        const traceId = `tr-${d}-${f.key}-${i}`;
        for (let s = 0; s < steps; s++) {
          const model = rng.pick(f.mix);
          const stepTs = new Date(ts.getTime() + s * rng.int(800, 4000));
          call(f, model, stepTs, user, rng.around(f.inputTokens * (1 + s * 0.3)), rng.around(f.outputTokens), {
            traceId,
            spanId: `${traceId}-s${s}`,
            parent: s === 0 ? null : `${traceId}-s0`,
          });
        }
      }
      if (chunk.length >= chunkSize) {
        yield chunk;
        chunk = [];
      }
    }
    if (d === opts.days - 1 - DEMO_SPIKE.daysAgo) {
      const f = DEMO_FEATURES.find((x) => x.key === DEMO_SPIKE.feature)!;
      for (let h = 0; h < DEMO_SPIKE.hours; h++) {
        for (let i = 0; i < DEMO_SPIKE.requestsPerHour; i++) {
          const ts = new Date(day + (DEMO_SPIKE.startHourUtc + h) * 3_600_000 + rng.int(0, 3_599_999));
          const traceId = `tr-spike-${h}-${i}`;
          call(f, DEMO_SPIKE.model, ts, DEMO_SPIKE.endUserId, rng.around(DEMO_SPIKE.inputTokens, 0.2), rng.around(DEMO_SPIKE.outputTokens, 0.2), { traceId, spanId: `${traceId}-s0`, parent: null });
        }
      }
    }
  }
  if (chunk.length) yield chunk;
}
