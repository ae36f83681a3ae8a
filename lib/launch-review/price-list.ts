// The models the launch calculator prices, built from the org's models (their
// tier and 30-day traffic, lib/pricing/tier-queries.ts), its price overrides and a
// short list of well-known catalog models; each priced as ingest would price it
// now (lib/pricing/resolve.ts: the org's override wins). Pure given its inputs;
// server-side (it reads the bundled catalog).
import type { BandPrices } from "@/lib/pricing/cost";
import { resolvePrice, type OrgPricing } from "@/lib/pricing/resolve";
import type { ModelTierRow } from "@/lib/pricing/schemas";
import { defaultTier, TIERS, type Tier } from "@/lib/pricing/tiers";
import type { TierModels } from "@/lib/launch-review/maths";
import type { LaunchModel, LaunchModels } from "@/lib/launch-review/schemas";

/** What a tier stands for when the org has used no model of it in the last 30 days. */
export const DEFAULT_TIER_MODELS: TierModels = {
  small: { provider: "openai", model: "gpt-4.1-mini" },
  mid: { provider: "openai", model: "gpt-4.1" },
  frontier: { provider: "anthropic", model: "claude-sonnet-4-20250514" },
};

/** Catalog models always offered, beside the org's own. */
export const CATALOG_CHOICES: readonly { provider: string; model: string }[] = [
  { provider: "openai", model: "gpt-4.1-nano" },
  { provider: "openai", model: "gpt-4.1-mini" },
  { provider: "openai", model: "gpt-4o-mini" },
  { provider: "openai", model: "gpt-4.1" },
  { provider: "openai", model: "gpt-4o" },
  { provider: "openai", model: "o4-mini" },
  { provider: "anthropic", model: "claude-3-5-haiku-20241022" },
  { provider: "anthropic", model: "claude-sonnet-4-20250514" },
  { provider: "anthropic", model: "claude-opus-4-1-20250805" },
  { provider: "google", model: "gemini-2.0-flash" },
  { provider: "google", model: "gemini-2.5-flash" },
  { provider: "google", model: "gemini-2.5-pro" },
];

const s = (v: bigint | null | undefined) => (v == null ? null : v.toString());
const bandView = (b: BandPrices) => ({
  inputPerMtokNano: b.inputPerMtokNano.toString(),
  outputPerMtokNano: b.outputPerMtokNano.toString(),
  cacheReadPerMtokNano: s(b.cacheReadPerMtokNano),
  cacheWritePerMtokNano: s(b.cacheWritePerMtokNano),
  reasoningPerMtokNano: s(b.reasoningPerMtokNano),
  perRequestNano: b.perRequestNano.toString(),
});

/**
 * Every offered model with its price at `at` (epoch ms), cheapest tier first and
 * most used first within it; models without any price are left out (a wrong zero
 * would flatter the margin). Each tier's model is the org's most used of it.
 */
export function buildPriceList(used: ModelTierRow[], pricing: OrgPricing, at: number): LaunchModels {
  const candidates = new Map<string, { provider: string; model: string; tier?: Tier; requests30d: number }>();
  const add = (c: { provider: string; model: string; tier?: Tier; requests30d?: number }) => {
    const key = `${c.provider}/${c.model}`;
    if (!candidates.has(key)) candidates.set(key, { ...c, requests30d: c.requests30d ?? 0 });
  };
  used.forEach(add);
  for (const rows of pricing.overrides.values()) rows.forEach((r) => add({ provider: r.provider, model: r.model }));
  CATALOG_CHOICES.forEach(add);

  const models: LaunchModel[] = [];
  for (const c of candidates.values()) {
    if (c.model.includes(",")) continue; // not expressible in a shared link (lib/launch-review/inputs.ts)
    const price = resolvePrice(pricing, c.model, c.provider, at);
    if (!price) continue;
    const tier = c.tier ?? pricing.tiers.get(`${c.provider}/${c.model}`) ?? defaultTier(price.prices);
    models.push({
      provider: c.provider,
      model: c.model,
      tier,
      source: price.source,
      requests30d: c.requests30d,
      ...bandView(price.prices),
      longContext: (price.prices.tiers ?? []).map((t) => ({ aboveInputTokens: t.aboveInputTokens, ...bandView(t.prices) })),
    });
  }
  models.sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || b.requests30d - a.requests30d || a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model));

  const tierModels = Object.fromEntries(
    TIERS.map((t) => {
      const top = models.find((m) => m.tier === t && m.requests30d > 0);
      return [t, top ? { provider: top.provider, model: top.model, source: "usage" as const } : { ...DEFAULT_TIER_MODELS[t], source: "default" as const }];
    }),
  ) as LaunchModels["tierModels"];
  return { models, tierModels };
}
