import { describe, expect, it } from "vitest";
import { formatChange, formatCount, formatMarginPct, formatMoney, formatMoneyTick, formatPercent } from "@/lib/format/number";

const usd = (v: number) => BigInt(Math.round(v * 1e9));

describe("formatMoney", () => {
  it("adapts precision to magnitude by one rule", () => {
    expect([0, 0.0000042, 0.00012, 0.0042, 0.0099, 0.01, 0.5, 12.345, 999.994, 1234.5, 98765.4].map((v) => formatMoney(usd(v)))).toEqual([
      "$0.00", "$0.0000042", "$0.00012", "$0.0042", "$0.0099", "$0.01", "$0.50", "$12.35", "$999.99", "$1,235", "$98,765",
    ]);
  });
  it("never writes more zeros than a value needs: a zero beside a tiny cost is $0.00, not $0.0000", () => {
    expect(formatMoney(0n)).toBe("$0.00");
    expect(formatMoney(usd(0.0042))).toBe("$0.0042");
  });
  it("abbreviates large amounts when compact", () => {
    expect([9_999, 12_345, 1_200_000, 3_000_000_000].map((v) => formatMoney(usd(v), { compact: true }))).toEqual(["$9,999", "$12.3K", "$1.2M", "$3B"]);
  });
  it("keeps the rule for negative amounts", () => {
    expect(formatMoney(-usd(0.0042))).toBe("-$0.0042");
    expect(formatMoney(-usd(1234.5))).toBe("-$1,235");
  });
  it("takes nano-USD as bigint, decimal string or number", () => {
    expect(formatMoney("12500000000")).toBe("$12.50");
    expect(formatMoney(12_500_000_000)).toBe("$12.50");
  });
});

describe("formatMoneyTick", () => {
  it("prints as many decimals as the step needs, so ticks never look alike", () => {
    expect([0, 0.007, 0.014, 0.021].map((v) => formatMoneyTick(v, 0.007))).toEqual(["$0.00", "$0.007", "$0.014", "$0.021"]);
    expect([0, 0.005, 0.01, 0.015].map((v) => formatMoneyTick(v, 0.005))).toEqual(["$0.00", "$0.005", "$0.010", "$0.015"]);
    expect([0, 20, 40].map((v) => formatMoneyTick(v, 20))).toEqual(["$0", "$20", "$40"]);
    expect([0, 0.5, 1].map((v) => formatMoneyTick(v, 0.5))).toEqual(["$0.0", "$0.5", "$1.0"]);
    expect(formatMoneyTick(25_000, 5_000, { compact: true })).toBe("$25K");
  });
});

describe("counts and percentages", () => {
  it("format counts plainly or compactly", () => {
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(109_300, { compact: true })).toBe("109.3K");
  });
  it("format ratios as percentages and signed changes", () => {
    expect(formatPercent(0.1234)).toBe("12.3%");
    expect(formatPercent(null)).toBe("–");
    expect([formatChange(0.157), formatChange(-0.04), formatChange(0), formatChange(null)]).toEqual(["+15.7%", "−4.0%", "0.0%", "–"]);
  });
});

describe("formatMarginPct", () => {
  it("prints a percent margin with one decimal, and a dash without revenue", () => {
    expect(formatMarginPct(42.37)).toBe("42.4%");
    expect(formatMarginPct(-1250.2)).toBe("-1250.2%");
    expect(formatMarginPct(null)).toBe("–");
  });
});
