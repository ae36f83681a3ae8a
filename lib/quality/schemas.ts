// GET /api/v1/quality shapes (issue 11). Rates are null when no event in the view
// carried the signal (never a made-up 0); money is nano-USD as decimal strings.
import { z } from "zod";
import { TIERS } from "@/lib/pricing/tiers";

const nano = z.string().regex(/^-?\d+$/);
const rate = z.number().min(0).max(1).nullable();

/** The quality figures every row has. */
const signals = {
  requests: z.number(),
  /** events with a quality score, and their mean score (0–1; null when none) */
  scored: z.number(),
  meanScore: rate,
  /** hallucinations / events checked for one */
  hallucinationRate: rate,
  /** guardrail blocks / events checked by a guardrail */
  guardrailBlockRate: rate,
  /** cost per priced request; null when no request of the row had a price */
  costPerRequestNano: nano.nullable(),
};

export const qualityFeatureSchema = z.object({ key: z.string(), name: z.string(), ...signals });
export const qualityModelSchema = z.object({
  provider: z.string(),
  model: z.string(),
  tier: z.enum(TIERS).nullable(),
  ...signals,
  /** on the cost–quality frontier: no cheaper model scores as high (within 0.005) and no model as cheap scores clearly higher; needs a positive cost and a score */
  efficient: z.boolean(),
});

export const qualitySchema = z.object({
  from: z.string(),
  to: z.string(),
  overall: z.object({
    requests: z.number(),
    scored: z.number(),
    meanScore: rate,
    hallucinationChecked: z.number(),
    hallucinationRate: rate,
    guardrailChecked: z.number(),
    guardrailBlockRate: rate,
  }),
  byFeature: z.array(qualityFeatureSchema),
  byModel: z.array(qualityModelSchema),
});

export type Quality = z.infer<typeof qualitySchema>;
export type QualityFeature = z.infer<typeof qualityFeatureSchema>;
export type QualityModel = z.infer<typeof qualityModelSchema>;
