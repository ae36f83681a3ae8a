// API shapes of the launch review (issue 9): the priced models the calculator
// offers and saved reviews. Money: nano-USD decimal strings. Client-safe.
import { isStorableText, STORABLE_MESSAGE } from "@/lib/validation/storable-text";
import { z } from "zod";
import type { BandPrices } from "@/lib/pricing/cost";
import { TIERS } from "@/lib/pricing/tiers";
import { launchInputsSchema } from "@/lib/launch-review/inputs";
import type { LaunchPrices } from "@/lib/launch-review/maths";

const nano = z.string().regex(/^\d+$/);
const band = {
  inputPerMtokNano: nano,
  outputPerMtokNano: nano,
  cacheReadPerMtokNano: nano.nullable(),
  cacheWritePerMtokNano: nano.nullable(),
  reasoningPerMtokNano: nano.nullable(),
  perRequestNano: nano,
};

export const PRICE_SOURCES = ["override", "catalog"] as const;

export const launchModelSchema = z.object({
  provider: z.string(),
  model: z.string(),
  tier: z.enum(TIERS),
  /** the org's override wins over the catalog */
  source: z.enum(PRICE_SOURCES),
  requests30d: z.number(),
  ...band,
  /** the catalog's long-context bands: above this many input tokens, every token is billed at these prices */
  longContext: z.array(z.object({ aboveInputTokens: z.number(), ...band })),
});
export type LaunchModel = z.infer<typeof launchModelSchema>;

const tierModel = z.object({ provider: z.string(), model: z.string(), source: z.enum(["usage", "default"]) });
export const launchModelsSchema = z.object({
  models: z.array(launchModelSchema),
  /** the model each tier stands for: the org's most-used of that tier in the last 30 days, else a catalog default */
  tierModels: z.object({ small: tierModel, mid: tierModel, frontier: tierModel }),
});
export type LaunchModels = z.infer<typeof launchModelsSchema>;

const bandPrices = (b: z.infer<z.ZodObject<typeof band>>): BandPrices => ({
  inputPerMtokNano: BigInt(b.inputPerMtokNano),
  outputPerMtokNano: BigInt(b.outputPerMtokNano),
  cacheReadPerMtokNano: b.cacheReadPerMtokNano === null ? null : BigInt(b.cacheReadPerMtokNano),
  cacheWritePerMtokNano: b.cacheWritePerMtokNano === null ? null : BigInt(b.cacheWritePerMtokNano),
  reasoningPerMtokNano: b.reasoningPerMtokNano === null ? null : BigInt(b.reasoningPerMtokNano),
  perRequestNano: BigInt(b.perRequestNano),
});

/** The maths' view of the list. */
export function toLaunchPrices(list: LaunchModels): LaunchPrices {
  return {
    models: list.models.map((m) => ({
      provider: m.provider,
      model: m.model,
      tier: m.tier,
      prices: { ...bandPrices(m), ...(m.longContext.length ? { tiers: m.longContext.map((t) => ({ aboveInputTokens: t.aboveInputTokens, prices: bandPrices(t) })) } : {}) },
    })),
    tierModels: list.tierModels,
  };
}

// ---- saved reviews ----------------------------------------------------------

export const createLaunchReviewSchema = z.object({ name: z.string().trim().min(1, "give the review a name").max(120, "at most 120 characters").refine(isStorableText, STORABLE_MESSAGE), inputs: launchInputsSchema }).strict();
export type CreateLaunchReview = z.infer<typeof createLaunchReviewSchema>;

export const launchReviewSchema = z.object({
  id: z.string(),
  name: z.string(),
  inputs: launchInputsSchema,
  /** the review's URL parameters: /launch-review?{query} opens it */
  query: z.string(),
  createdAt: z.string(),
  /** name or email of who saved it; null when unknown */
  createdBy: z.string().nullable(),
});
export type LaunchReviewView = z.infer<typeof launchReviewSchema>;
export const launchReviewListSchema = z.object({ reviews: z.array(launchReviewSchema) });
