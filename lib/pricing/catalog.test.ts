// Our cost of every model of every provider in the bundled catalog, against the
// catalog's own calcPrice, for usage shapes around every tier threshold and at
// every date / time-of-day boundary of its dated prices.
import { calcPrice, waitForUpdate, type ModelInfo, type Provider } from "@pydantic/genai-prices";
import { beforeAll, describe, expect, it } from "vitest";
import { CATALOG_CACHE_ENTRIES, catalogCacheSize, catalogModelPrices, catalogPrice } from "@/lib/pricing/catalog";
import { computeCostNano, type TokenUsage, type UnitPrices } from "@/lib/pricing/cost";
import { MAX_PER_REQUEST_NANO, MAX_PRICE_PER_MTOK_NANO } from "@/lib/pricing/limits";

// No exceptions are needed. One caveat the shapes below stay clear of: OpenRouter lists
// a few Gemini cache writes at $1/12 per Mtok (0.08333…), which no whole number of
// nano-USD per Mtok can hold; we store 83,333,333, i.e. 1/3 nano less per million such
// tokens, so past ~1.5M cache-write tokens in one event we may differ by 1 nano.

type Shape = { name: string; usage: Required<TokenUsage> };

function shape(name: string, input: number, output: number, cached = 0, written = 0, reasoning = 0): Shape {
  return { name, usage: { inputTokens: input, outputTokens: output, cachedInputTokens: cached, cacheWriteTokens: written, reasoningTokens: reasoning } };
}

const BASE_SHAPES = [
  shape("small prompt", 1_000, 200),
  shape("one token each", 1, 1),
  shape("cache read and write", 10_000, 500, 3_000, 2_000),
  shape("reasoning", 2_000, 3_000, 0, 0, 2_500),
  shape("everything", 50_001, 7_777, 20_003, 9_999, 4_321),
  shape("output only", 0, 1_234, 0, 0, 1_000),
];

/** Just at (not past) and just past each tier start, with cache reads/writes and reasoning in the prompt. */
function tierShapes(starts: number[]): Shape[] {
  return starts.flatMap((s) => [
    shape(`${s} input (at the threshold: base)`, s, 1_000),
    shape(`${s + 1} input (past it: tier)`, s + 1, 1_000),
    shape(`${s} input with cache and reasoning`, s, 2_001, Math.floor(s / 3), Math.floor(s / 5), 1_500),
    shape(`${s + 1} input with cache and reasoning`, s + 1, 2_001, Math.floor(s / 3), Math.floor(s / 5), 1_500),
  ]);
}

function tierStarts(info: ModelInfo): number[] {
  const entries = Array.isArray(info.prices) ? info.prices.map((c) => c.prices) : [info.prices];
  const starts = new Set<number>();
  for (const mp of entries) for (const v of Object.values(mp)) if (typeof v === "object") for (const t of v.tiers) starts.add(t.start);
  return [...starts].sort((a, b) => a - b);
}

const MIDDAY = Date.UTC(2026, 5, 15, 12);
const DAY = Date.UTC(2026, 5, 15);
/** A plain date, plus both sides of every start date and time-of-day window edge the model's prices have. */
function timestamps(info: ModelInfo): number[] {
  const out = [MIDDAY];
  if (!Array.isArray(info.prices)) return out;
  const tod = (t: string) => Date.parse(`2026-06-15T${t}`) - DAY; // ms after UTC midnight (handles offsets)
  for (const { constraint: c } of info.prices) {
    if (c?.type === "start_date") out.push(Date.parse(c.start_date) - 1, Date.parse(c.start_date));
    if (c?.type === "time_of_date") {
      for (const edge of [tod(c.start_time), tod(c.end_time)]) out.push(DAY + edge - 1000, DAY + edge, DAY + 86_400_000 + edge - 1);
    }
  }
  return out;
}

function catalogUsd(provider: Provider, info: ModelInfo, u: Required<TokenUsage>, at: number): number {
  // A provider holding only this model, matched by a fixed name (some ids do not match
  // their own match rule): calcPrice prices exactly this entry's prices.
  const result = calcPrice(
    { input_tokens: u.inputTokens, output_tokens: u.outputTokens, cache_read_tokens: u.cachedInputTokens, cache_write_tokens: u.cacheWriteTokens, output_reasoning_tokens: u.reasoningTokens },
    "the-model",
    { provider: { ...provider, models: [{ ...info, match: { equals: "the-model" } }] }, timestamp: new Date(at) },
  );
  if (!result) throw new Error(`calcPrice found no price for ${provider.id}/${info.id}`);
  return result.total_price;
}

describe("every model of the bundled catalog: our cost = the catalog's calcPrice, rounded to nano-USD", () => {
  let providers: Provider[];
  beforeAll(async () => {
    providers = (await waitForUpdate()) ?? [];
  });

  it("matches for all models, shapes, tiers and dated prices (no exceptions)", () => {
    let ties = 0, models = 0, checks = 0, unpriced = 0, tiered = 0, dated = 0;
    const failures: string[] = [];
    for (const provider of providers) {
      for (const info of provider.models) {
        models++;
        const starts = tierStarts(info);
        if (starts.length) tiered++;
        if (Array.isArray(info.prices)) dated++;
        for (const at of timestamps(info)) {
          const prices = catalogModelPrices(info, at);
          if (!prices) unpriced++;
          for (const { name, usage } of [...BASE_SHAPES, ...tierShapes(starts)]) {
            checks++;
            const expected = catalogUsd(provider, info, usage, at) * 1e9;
            const ours = prices ? Number(computeCostNano(usage, prices)) : 0; // null = unpriced, stored as 0
            // Ours is the exact cost rounded half up; the catalog computes in floating point
            // (relative error ~1e-15), so "equal after rounding" is: within half a nano-USD
            // (a float can land either side of an exact x.5 tie).
            if (ours !== Math.round(expected)) ties++;
            if (Math.abs(ours - expected) > 0.5 + Math.abs(expected) * 1e-12) {
              failures.push(`${provider.id}/${info.id} @${new Date(at).toISOString()} ${name}: ours ${ours}, catalog ${expected}`);
            }
          }
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // coverage, so a catalog upgrade that empties the walk cannot pass silently
    expect(models).toBeGreaterThan(1_500);
    expect(tiered).toBeGreaterThan(40);
    expect(dated).toBeGreaterThan(20);
    console.info(`catalog walk: ${providers.length} providers, ${models} models (${tiered} tiered, ${dated} with dated prices, ${unpriced} model-times unpriced), ${checks} cost checks, ${ties} differ from Math.round(catalog) (x.5 ties)`);
  });

  it("a model priced only in units we do not record is unpriced, not a computed zero (whisper-1: per audio hour)", () => {
    // The walk checks the other half: every model we leave unpriced costs 0 in the catalog for our token kinds.
    expect(catalogPrice("whisper-1", "openai")).toBeNull();
  });

  it("every catalog price we apply is within the limits that bound one event's cost (lib/pricing/limits.ts)", () => {
    const over: string[] = [];
    for (const provider of providers) {
      for (const info of provider.models) {
        for (const at of timestamps(info)) {
          const p = catalogModelPrices(info, at);
          if (!p) continue;
          for (const band of [p, ...(p.tiers ?? []).map((t) => t.prices)]) {
            const mtok = [band.inputPerMtokNano, band.outputPerMtokNano, band.cacheReadPerMtokNano, band.cacheWritePerMtokNano, band.reasoningPerMtokNano];
            if (mtok.some((v) => v != null && v > MAX_PRICE_PER_MTOK_NANO) || band.perRequestNano > MAX_PER_REQUEST_NANO) over.push(`${provider.id}/${info.id}`);
          }
        }
      }
    }
    expect(over).toEqual([]);
  });
});

describe("catalogPrice: lookup, dated prices and the bounded cache", () => {
  const price = (model: string, provider: string | undefined, at: number): UnitPrices => {
    const p = catalogPrice(model, provider, at);
    if (!p) throw new Error(`no catalog price for ${model}`);
    return p.prices;
  };

  it("picks the price by time of day where the catalog has off-peak rates (same UTC day, different price)", () => {
    // deepseek-chat: off-peak 16:30–00:30 UTC; the cache key must not be the day alone
    const peak = Date.UTC(2025, 5, 2, 12);
    const offPeak = Date.UTC(2025, 5, 2, 17);
    const usage = { inputTokens: 1_000_000, outputTokens: 1_000_000 };
    const atPeak = computeCostNano(usage, price("deepseek-chat", "deepseek", peak));
    const atOffPeak = computeCostNano(usage, price("deepseek-chat", "deepseek", offPeak));
    expect(atOffPeak).toBeLessThan(atPeak);
    const catalog = (at: number) => Math.round(calcPrice({ input_tokens: 1_000_000, output_tokens: 1_000_000 }, "deepseek-chat", { providerId: "deepseek", timestamp: new Date(at) })!.total_price * 1e9);
    expect([Number(atPeak), Number(atOffPeak)]).toEqual([catalog(peak), catalog(offPeak)]);
  });

  it("picks the price by date where the catalog has dated prices (o3's 2025-06-10 price cut)", () => {
    const before = price("o3", "openai", Date.UTC(2025, 5, 9, 23, 59, 59, 999));
    const after = price("o3", "openai", Date.UTC(2025, 5, 10));
    expect(after.inputPerMtokNano).toBeLessThan(before.inputPerMtokNano);
  });

  it("stays bounded however many distinct model names clients send", () => {
    for (let i = 0; i < CATALOG_CACHE_ENTRIES + 500; i++) catalogPrice(`no-such-model-${i}`, "acme", MIDDAY);
    expect(catalogCacheSize()).toBeLessThanOrEqual(CATALOG_CACHE_ENTRIES);
    expect(catalogPrice("gpt-4o-mini", "openai", MIDDAY)?.model).toBe("gpt-4o-mini"); // still answers after evictions
  });
});
