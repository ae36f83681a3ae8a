import { describe, expect, it } from "vitest";
import { indexOverrides, type OrgPricing } from "@/lib/pricing/resolve";
import type { ModelTierRow } from "@/lib/pricing/schemas";
import { buildPriceList, CATALOG_CHOICES } from "@/lib/launch-review/price-list";
import { toLaunchPrices } from "@/lib/launch-review/schemas";

const AT = Date.parse("2026-12-01T00:00:00Z");
const row = (provider: string, model: string, tier: ModelTierRow["tier"], requests30d: number): ModelTierRow => ({ provider, model, tier, manual: false, requests30d, costNano30d: "0" });
const override = (provider: string, model: string, input: bigint, output: bigint, from = "2026-01-01") => ({
  provider, model, effectiveFrom: new Date(`${from}T00:00:00Z`),
  prices: { inputPerMtokNano: input, outputPerMtokNano: output, cacheReadPerMtokNano: null, cacheWritePerMtokNano: null, perRequestNano: 0n },
});

describe("the calculator's price list", () => {
  const pricing: OrgPricing = {
    overrides: indexOverrides([
      override("openai", "gpt-4o-mini", 100_000_000n, 400_000_000n), // a negotiated rate
      override("self-hosted", "llama-internal", 50_000_000n, 50_000_000n),
      override("openai", "gpt-4o", 1n, 1n, "2027-06-01"), // not yet in effect
    ]),
    tiers: new Map(),
  };
  const used = [
    row("openai", "gpt-4o-mini", "small", 900),
    row("google", "gemini-2.0-flash", "small", 1200),
    row("openai", "gpt-4o", "mid", 50),
    row("self-hosted", "unpriced-model", "small", 5000), // no price anywhere: left out
    row("anthropic", "claude-sonnet-4-20250514", "frontier", 0),
  ];
  const list = buildPriceList(used, pricing, AT);
  const find = (model: string) => list.models.find((m) => m.model === model);

  it("prices each model as ingest would: the org's override in effect wins, else the catalog", () => {
    expect(find("gpt-4o-mini")).toMatchObject({ source: "override", inputPerMtokNano: "100000000", outputPerMtokNano: "400000000", requests30d: 900, tier: "small" });
    expect(find("llama-internal")).toMatchObject({ provider: "self-hosted", source: "override", tier: "small", requests30d: 0 });
    expect(find("gpt-4o")).toMatchObject({ source: "catalog", inputPerMtokNano: "2500000000", outputPerMtokNano: "10000000000", tier: "mid" });
    expect(find("gemini-2.5-pro")?.longContext).toEqual([expect.objectContaining({ aboveInputTokens: 200_000, inputPerMtokNano: "2500000000" })]);
    expect(find("unpriced-model")).toBeUndefined();
    // every catalog choice is priced
    for (const c of CATALOG_CHOICES) expect(find(c.model), c.model).toBeDefined();
  });

  it("lists the cheapest tier first, most used first within a tier", () => {
    expect(list.models.slice(0, 2).map((m) => m.model)).toEqual(["gemini-2.0-flash", "gpt-4o-mini"]);
    expect(list.models.map((m) => m.tier)).toEqual([...list.models.map((m) => m.tier)].sort((a, b) => ["small", "mid", "frontier"].indexOf(a) - ["small", "mid", "frontier"].indexOf(b)));
  });

  it("lets each tier stand for the org's most used priced model of it, else a catalog default", () => {
    expect(list.tierModels).toEqual({
      small: { provider: "google", model: "gemini-2.0-flash", source: "usage" },
      mid: { provider: "openai", model: "gpt-4o", source: "usage" },
      frontier: { provider: "anthropic", model: "claude-sonnet-4-20250514", source: "default" }, // used, but not in the last 30 days
    });
    expect(buildPriceList([], { overrides: new Map(), tiers: new Map() }, AT).tierModels.small).toEqual({ provider: "openai", model: "gpt-4.1-mini", source: "default" });
  });

  it("converts back to exact bigint prices for the maths", () => {
    const prices = toLaunchPrices(list);
    expect(prices.models.find((m) => m.model === "gpt-4o-mini")?.prices).toEqual({
      inputPerMtokNano: 100_000_000n, outputPerMtokNano: 400_000_000n, cacheReadPerMtokNano: null, cacheWritePerMtokNano: null, reasoningPerMtokNano: null, perRequestNano: 0n,
    });
    expect(prices.models.find((m) => m.model === "gemini-2.5-pro")?.prices.tiers?.[0].aboveInputTokens).toBe(200_000);
  });
});
