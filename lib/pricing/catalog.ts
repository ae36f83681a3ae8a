// Default prices from @pydantic/genai-prices (bundled data; its remote update is
// never enabled here), converted to integer nano-USD per million tokens, with the
// catalog's long-context tiers (see PriceTier in cost.ts).
//
// Which catalog prices apply to our event fields:
//   inputTokens − cache reads − cache writes   input_mtok
//   cachedInputTokens                          cache_read_mtok (else input)
//   cacheWriteTokens                           cache_write_mtok (else input): the catalog's default cache
//                                              write, which for Anthropic is the 5-minute write, the API
//                                              default. Our events (like OpenTelemetry's
//                                              gen_ai.usage.cache_creation.input_tokens) do not say which TTL
//                                              was used, so cache_write_1h_mtok is never applied: 1-hour writes
//                                              are under-billed unless the client reports costUsd.
//   outputTokens − reasoningTokens             output_mtok
//   reasoningTokens                            output_reasoning_mtok (else output)
//   each event                                 requests_kcount / 1000
// Prices for units we do not record (audio, image and video tokens, audio seconds,
// pages, web searches…) are not applied: those quantities are billed as plain
// input/output tokens if they are counted in them at all.
import { calcPrice, type ModelInfo, type ModelPrice } from "@pydantic/genai-prices";
import { LruCache } from "@/lib/cache/lru";
import type { BandPrices, PriceTier, UnitPrices } from "@/lib/pricing/cost";

export type CatalogPrice = { provider: string; model: string; prices: UnitPrices };

type Tiered = { base: number; tiers: { start: number; price: number }[] };
type PriceValue = number | Tiered | undefined;

const TOKEN_KEYS = ["input_mtok", "output_mtok", "cache_read_mtok", "cache_write_mtok", "output_reasoning_mtok"] as const;
const REQUEST_KEY = "requests_kcount";

/** The USD price of `value` for a prompt of `inputTokens`, the way the catalog picks a tier: the last one (by start) the total input exceeds. */
function usdAt(value: PriceValue, inputTokens: number): number | undefined {
  if (value === undefined || typeof value === "number") return value;
  let usd = value.base;
  for (const tier of [...value.tiers].sort((a, b) => a.start - b.start)) if (inputTokens > tier.start) usd = tier.price;
  return usd;
}

// USD per Mtok → nano-USD per Mtok. Exact for prices with up to 9 decimals (all of
// the catalog but a handful of 1/12 $ prices, which no decimal unit can hold).
const mtokNano = (usd: number | undefined): bigint | null => (usd === undefined ? null : BigInt(Math.round(usd * 1e9)));
// USD per 1,000 requests → nano-USD per request (exact up to 6 decimals; the catalog's are whole dollars).
const perRequestNano = (usdPerK: number | undefined): bigint => (usdPerK === undefined ? 0n : BigInt(Math.round(usdPerK * 1e6)));

function bandAt(mp: ModelPrice, inputTokens: number): BandPrices {
  const at = (key: string) => mtokNano(usdAt(mp[key] as PriceValue, inputTokens));
  return {
    inputPerMtokNano: at("input_mtok") ?? 0n,
    outputPerMtokNano: at("output_mtok") ?? 0n,
    cacheReadPerMtokNano: at("cache_read_mtok"),
    cacheWritePerMtokNano: at("cache_write_mtok"),
    reasoningPerMtokNano: at("output_reasoning_mtok"),
    perRequestNano: perRequestNano(usdAt(mp[REQUEST_KEY] as PriceValue, inputTokens)),
  };
}

/** Our prices for one catalog price entry, or null when none of its prices applies to what we record. */
function toUnitPrices(mp: ModelPrice): UnitPrices | null {
  if (mp.input_mtok === undefined && mp.output_mtok === undefined && mp[REQUEST_KEY] === undefined) return null; // e.g. priced per audio hour or page only: unpriced, not a wrong zero
  const starts = new Set<number>();
  for (const key of [...TOKEN_KEYS, REQUEST_KEY]) {
    const v = mp[key] as PriceValue;
    if (typeof v === "object") for (const t of v.tiers) starts.add(t.start);
  }
  // Tiers of different kinds may start at different thresholds: one band per distinct
  // start, each kind priced as the catalog would price it just past that start.
  const tiers: PriceTier[] = [...starts].sort((a, b) => a - b).map((start) => ({ aboveInputTokens: start, prices: bandAt(mp, start + 1) }));
  return { ...bandAt(mp, 0), ...(tiers.length ? { tiers } : {}) };
}

// Conversions, keyed by the catalog's own price objects: bounded by the catalog's size.
const converted = new WeakMap<ModelPrice, UnitPrices | null>();
function convert(mp: ModelPrice): UnitPrices | null {
  if (!converted.has(mp)) converted.set(mp, toUnitPrices(mp));
  return converted.get(mp) ?? null;
}

/** Seconds after UTC midnight of a catalog time of day such as "16:30:00Z" or "08:00:00+08:00". */
function utcSecondsOfDay(time: string): number {
  const m = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(time);
  if (!m) throw new Error(`unsupported catalog time of day: ${time}`);
  const [, h, min, s, frac = "", , sign, oh = "00", om = "00"] = m;
  const local = Number(h) * 3600 + Number(min) * 60 + Number(s) + Number(`0.${frac}`);
  const offset = sign === "+" ? (Number(oh) * 60 + Number(om)) * 60 : sign === "-" ? -(Number(oh) * 60 + Number(om)) * 60 : 0;
  return (((local - offset) % 86_400) + 86_400) % 86_400;
}

type DatedPrice = { test: (ms: number) => boolean; prices: ModelPrice };
type CatalogModel = { provider: string; model: string; info: ModelInfo; dated: DatedPrice[] | null };

/**
 * The catalog's price entries of a model as predicates over the event time: a start
 * date (prices change at UTC midnight) or a daily time window (off-peak rates).
 * Evaluated last to first, the first match wins, else the first entry — the
 * catalog's own selection rule; the catalog-wide test checks it against calcPrice.
 */
function datedPrices(info: ModelInfo): DatedPrice[] | null {
  if (!Array.isArray(info.prices)) return null;
  return info.prices.map(({ constraint, prices }) => {
    if (!constraint) return { test: () => true, prices };
    if (constraint.type === "start_date") {
      const from = new Date(constraint.start_date).getTime();
      return { test: (ms: number) => ms >= from, prices };
    }
    if (constraint.type === "time_of_date") {
      const start = utcSecondsOfDay(constraint.start_time);
      const end = utcSecondsOfDay(constraint.end_time);
      return {
        test: (ms: number) => {
          const s = (((ms % 86_400_000) + 86_400_000) % 86_400_000) / 1000;
          return end < start ? s >= start || s < end : s >= start && s < end;
        },
        prices,
      };
    }
    throw new Error(`unsupported catalog price constraint for ${info.id}: ${JSON.stringify(constraint)}`);
  });
}

function pricesAt(m: Pick<CatalogModel, "info" | "dated">, ms: number): ModelPrice {
  if (!m.dated) return m.info.prices as ModelPrice;
  for (let i = m.dated.length - 1; i >= 0; i--) if (m.dated[i].test(ms)) return m.dated[i].prices;
  return m.dated[0].prices;
}

/** Our prices for one catalog model at `at` (epoch ms), or null when none applies to what we record. Exported for the catalog-wide test. */
export function catalogModelPrices(info: ModelInfo, at: number): UnitPrices | null {
  return convert(pricesAt({ info, dated: datedPrices(info) }, at));
}

// Which catalog model a (provider, model name) pair is does not depend on time, so
// the cache key holds no time: the price in effect is picked per call from the
// model's dated entries. Bounded, because model names come from clients.
export const CATALOG_CACHE_ENTRIES = 2048;
const models = new LruCache<string, CatalogModel | null>(CATALOG_CACHE_ENTRIES);

/** Entries in the model cache (for tests: it must stay bounded). */
export function catalogCacheSize(): number {
  return models.size;
}

function lookupModel(model: string, provider?: string | null): CatalogModel | null {
  const key = `${provider ?? ""}|${model}`;
  if (models.has(key)) return models.get(key) ?? null;
  const result = calcPrice({}, model, { ...(provider ? { providerId: provider } : {}), timestamp: new Date(0) });
  const found = result ? { provider: result.provider.id, model: result.model.id, info: result.model, dated: datedPrices(result.model) } : null;
  models.set(key, found);
  return found;
}

/** Catalog price of a model at a time (prices change by date and, for some models, by time of day), or null when unknown. */
export function catalogPrice(model: string, provider?: string | null, at: Date | number = Date.now()): CatalogPrice | null {
  const m = lookupModel(model, provider);
  if (!m) return null;
  const prices = convert(pricesAt(m, typeof at === "number" ? at : at.getTime()));
  return prices ? { provider: m.provider, model: m.model, prices } : null;
}
