// GET /api/v1/caching request and response shapes (issue 11). Token counts and
// money are decimal strings (nano-USD for money); rates are null when their
// denominator is 0.
import { z } from "zod";
import { filtersQuerySchema } from "@/lib/filters/schema";

const decimal = z.string().regex(/^-?\d+$/);
const rate = z.number().min(0).max(1).nullable();

/** Why a model's prompt-cache savings count as 0: no price on some day of its traffic, or a price without a cache-read discount. */
export const SAVINGS_GAPS = ["unpriced", "no_cache_discount"] as const;

export const cachingFeatureSchema = z.object({
  key: z.string(),
  name: z.string(),
  requests: z.number(),
  hits: z.number(),
  hitRate: rate,
  /** null: the feature's requests were all hits in the range, so nothing says what one would have cost */
  avoidedCostNano: decimal.nullable(),
  inputTokens: decimal,
  cachedInputTokens: decimal,
  cachedShare: rate,
  promptSavingsNano: decimal,
});

export const cachingModelSchema = z.object({
  provider: z.string(),
  model: z.string(),
  inputTokens: decimal,
  cachedInputTokens: decimal,
  cachedShare: rate,
  promptSavingsNano: decimal,
  /** false: savings are counted as 0 on some of its days (see `gap`) */
  priced: z.boolean(),
  gap: z.enum(SAVINGS_GAPS).nullable(),
});

export const cachingSchema = z.object({
  from: z.string(),
  to: z.string(),
  responseCache: z.object({
    requests: z.number(),
    hits: z.number(),
    hitRate: rate,
    /** the sum over features whose avoided cost is known */
    avoidedCostNano: decimal,
    /** hits of features without a single non-hit request in the range: their avoided cost is unknown and not in the sum */
    unknownCostHits: z.number(),
  }),
  promptCache: z.object({ inputTokens: decimal, cachedInputTokens: decimal, share: rate, savingsNano: decimal }),
  byFeature: z.array(cachingFeatureSchema),
  byModel: z.array(cachingModelSchema),
});
export type Caching = z.infer<typeof cachingSchema>;
export type CachingFeature = z.infer<typeof cachingFeatureSchema>;
export type CachingModel = z.infer<typeof cachingModelSchema>;

/** The whole filter object applies (range, team, feature, provider, model). */
export const cachingQuerySchema = (now?: () => Date) => filtersQuerySchema(now);

export const CACHING_TABLES = ["features", "models"] as const;
export type CachingTable = (typeof CACHING_TABLES)[number];
