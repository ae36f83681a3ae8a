// Which price applies to an event: the org's override in effect at the event's
// time, else the catalog's price at that time. Pure given the override list.
import { catalogPrice } from "@/lib/pricing/catalog";
import type { UnitPrices } from "@/lib/pricing/cost";
import { defaultTier, type Tier } from "@/lib/pricing/tiers";

export type PriceOverrideRow = { provider: string; model: string; effectiveFrom: Date; prices: UnitPrices };

export type OrgPricing = {
  /** overrides by model name, newest effective date first */
  overrides: Map<string, PriceOverrideRow[]>;
  /** org tier assignments by `provider/model` */
  tiers: Map<string, Tier>;
};

export type ResolvedPrice = { provider: string; prices: UnitPrices; source: "override" | "catalog" };

export function indexOverrides(rows: PriceOverrideRow[]): Map<string, PriceOverrideRow[]> {
  const map = new Map<string, PriceOverrideRow[]>();
  for (const r of rows) map.set(r.model, [...(map.get(r.model) ?? []), r]);
  for (const list of map.values()) list.sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime());
  return map;
}

/** `at` in epoch milliseconds. */
export function resolvePrice(pricing: OrgPricing, model: string, provider: string | undefined, at: number): ResolvedPrice | null {
  const override = pricing.overrides.get(model)?.find((o) => (!provider || o.provider === provider) && o.effectiveFrom.getTime() <= at);
  if (override) return { provider: override.provider, prices: override.prices, source: "override" };
  const catalog = catalogPrice(model, provider, at);
  return catalog ? { provider: catalog.provider, prices: catalog.prices, source: "catalog" } : null;
}

export function resolveTier(pricing: OrgPricing, provider: string, model: string, price: ResolvedPrice | null): Tier | null {
  return pricing.tiers.get(`${provider}/${model}`) ?? (price ? defaultTier(price.prices) : null);
}
