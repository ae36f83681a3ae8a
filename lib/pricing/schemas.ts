import { z } from "zod";
import { usdToNano } from "@/lib/money";
import { MAX_PER_REQUEST_NANO, MAX_PER_REQUEST_USD, MAX_PRICE_PER_MTOK_NANO, MAX_PRICE_PER_MTOK_USD } from "@/lib/pricing/limits";
import { TIERS } from "@/lib/pricing/tiers";

const USD = /^\d+(\.\d{1,9})?$/;
const usd = z.string().trim().regex(USD, "a USD amount such as 0.15 (up to 9 decimals)");
// Price bounds (lib/pricing/limits.ts) keep every event's computed cost far inside int8.
const atMost = (maxNano: bigint, maxUsd: number) =>
  usd.refine((v) => !USD.test(v) || usdToNano(v) <= maxNano, `at most ${maxUsd.toLocaleString("en-US")} USD`);
const perMtok = atMost(MAX_PRICE_PER_MTOK_NANO, MAX_PRICE_PER_MTOK_USD);

export const createPriceOverrideSchema = z.object({
  provider: z.string().trim().min(1).max(64),
  model: z.string().trim().min(1).max(200),
  effectiveFrom: z.iso.date({ error: "a date such as 2026-01-31" }),
  inputPerMtokUsd: perMtok,
  outputPerMtokUsd: perMtok,
  cacheReadPerMtokUsd: perMtok.optional(),
  cacheWritePerMtokUsd: perMtok.optional(),
  perRequestUsd: atMost(MAX_PER_REQUEST_NANO, MAX_PER_REQUEST_USD).optional(),
});
export type CreatePriceOverride = z.infer<typeof createPriceOverrideSchema>;

export const unpricedModelSchema = z.object({ provider: z.string(), model: z.string(), requests: z.number(), firstSeen: z.string(), lastSeen: z.string() });
export type UnpricedModel = z.infer<typeof unpricedModelSchema>;

export const priceOverrideSchema = z.object({
  id: z.string(),
  provider: z.string(),
  model: z.string(),
  effectiveFrom: z.string(),
  inputPerMtokNano: z.string(),
  outputPerMtokNano: z.string(),
  cacheReadPerMtokNano: z.string().nullable(),
  cacheWritePerMtokNano: z.string().nullable(),
  perRequestNano: z.string().nullable(),
});
export type PriceOverrideView = z.infer<typeof priceOverrideSchema>;

export const setTierSchema = z.object({ provider: z.string().min(1).max(64), model: z.string().min(1).max(200), tier: z.enum(TIERS) });
export type SetTier = z.infer<typeof setTierSchema>;

export const modelTierSchema = z.object({ provider: z.string(), model: z.string(), tier: z.enum(TIERS), manual: z.boolean(), requests30d: z.number(), costNano30d: z.string() });
export type ModelTierRow = z.infer<typeof modelTierSchema>;
