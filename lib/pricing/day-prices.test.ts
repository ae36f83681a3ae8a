// Price periods: the range cut where any listed model's price (or its absence)
// changes, every day mapped to its period, each model's price once per period.
import { describe, expect, it } from "vitest";
import { periodOfDaySql, periodPriceTable, pricePeriods } from "@/lib/pricing/day-prices";
import { catalogPrice } from "@/lib/pricing/catalog";
import { indexOverrides, type OrgPricing } from "@/lib/pricing/resolve";
import type { UnitPrices } from "@/lib/pricing/cost";

const prices = (input: bigint): UnitPrices => ({ inputPerMtokNano: input, outputPerMtokNano: 2n * input, cacheReadPerMtokNano: null, cacheWritePerMtokNano: null, perRequestNano: 0n });
const override = (model: string, from: string, input: bigint) => ({ provider: "acme", model, effectiveFrom: new Date(`${from}T00:00:00Z`), prices: prices(input) });
const pricing = (rows: ReturnType<typeof override>[]): OrgPricing => ({ overrides: indexOverrides(rows), tiers: new Map() });

describe("pricePeriods", () => {
  it("is one period when no price changes in the range", () => {
    const p = pricePeriods(pricing([override("big", "2026-01-01", 10n)]), [{ provider: "acme", model: "big" }], "2026-03-01", "2026-03-31");
    expect(p.day).toHaveLength(31);
    expect(new Set(p.period)).toEqual(new Set([0]));
    expect(p.prices).toEqual([{ provider: "acme", model: "big", period: 0, prices: prices(10n) }]);
  });

  it("starts a period on the day any model's price changes, and where a model gains a price", () => {
    const org = pricing([override("big", "2026-01-01", 10n), override("big", "2026-03-04", 12n), override("mid", "2026-03-03", 5n)]);
    const p = pricePeriods(org, [{ provider: "acme", model: "big" }, { provider: "acme", model: "mid" }], "2026-03-01", "2026-03-05");
    expect(p.day).toEqual(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"]);
    expect(p.period).toEqual([0, 0, 1, 2, 2]);
    expect(p.prices.map((x) => [x.period, x.model, x.prices.inputPerMtokNano])).toEqual([
      [0, "big", 10n], // mid has no price before the 3rd: absent, not zero
      [1, "big", 10n], [1, "mid", 5n],
      [2, "big", 12n], [2, "mid", 5n],
    ]);
  });

  it("takes the price in effect at the start of the day (an override from noon applies the next day)", () => {
    const org: OrgPricing = { overrides: indexOverrides([{ ...override("big", "2026-01-01", 10n) }, { ...override("big", "2026-03-02", 20n), effectiveFrom: new Date("2026-03-02T12:00:00Z") }]), tiers: new Map() };
    const p = pricePeriods(org, [{ provider: "acme", model: "big" }], "2026-03-01", "2026-03-03");
    expect(p.period).toEqual([0, 0, 1]);
  });

  it("lists a model named twice once (a join would count it twice), and leaves unknown models unpriced", () => {
    const p = pricePeriods(pricing([override("big", "2026-01-01", 10n)]), [{ provider: "acme", model: "big" }, { provider: "acme", model: "big" }, { provider: "acme", model: "no-such-model" }], "2026-03-01", "2026-03-02");
    expect(p.prices).toHaveLength(1);
  });

  it("uses catalog prices by date, and not another provider's model of the same name", () => {
    const gpt = catalogPrice("gpt-4o-mini", "openai", Date.parse("2026-03-01T00:00:00Z"))!;
    const p = pricePeriods(pricing([]), [{ provider: "openai", model: "gpt-4o-mini" }, { provider: "azure-lookalike", model: "gpt-4o-mini" }], "2026-03-01", "2026-03-01");
    expect(p.prices).toEqual([{ provider: "openai", model: "gpt-4o-mini", period: 0, prices: gpt.prices }]);
  });
});

describe("period SQL", () => {
  it("number their array parameters from the given position and keep only the models asked for", () => {
    const org = pricing([override("big", "2026-01-01", 10n), override("mid", "2026-01-01", 5n)]);
    const p = pricePeriods(org, [{ provider: "acme", model: "big" }, { provider: "acme", model: "mid" }], "2026-03-01", "2026-03-02");
    const period = periodOfDaySql(p, "x.day", 4);
    expect(period.sql).toBe("($4::int[])[x.day - $5::date + 1]");
    expect(period.params).toEqual([[0, 0], "2026-03-01"]);
    const big = periodPriceTable(p, 6, "ref", (m) => m.model === "big");
    expect(big.sql).toContain("$6::int[]");
    expect(big.sql).toContain("$13::numeric[]");
    expect(big.sql).toContain("AS ref(period, provider, model, input, output, cache_read, cache_write, per_request)");
    expect(big.params).toEqual([[0], ["acme"], ["big"], ["10"], ["20"], [null], [null], ["0"]]);
  });
});
