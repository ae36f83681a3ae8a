import { describe, expect, it } from "vitest";
import { nanoToUsd, nanoToUsdString, usdToNano } from "@/lib/money";

describe("money", () => {
  it("parses decimal USD exactly into nano-USD", () => {
    expect(usdToNano("12.5")).toBe(12_500_000_000n);
    expect(usdToNano("0.000000001")).toBe(1n);
    expect(usdToNano("-3")).toBe(-3_000_000_000n);
    expect(usdToNano(0.1)).toBe(100_000_000n);
    expect(() => usdToNano("12,5")).toThrow(/not a USD amount/);
  });

  it("converts nano-USD to USD numbers", () => {
    expect(nanoToUsd(1_234_500_000_000n)).toBe(1234.5);
    expect(nanoToUsd("42")).toBeCloseTo(4.2e-8, 12);
  });

  it("writes exact decimal USD for exports", () => {
    expect([nanoToUsdString(12_500_000_000n), nanoToUsdString(82_000n), nanoToUsdString(0n), nanoToUsdString(-1n), nanoToUsdString("123456789012345678901")]).toEqual([
      "12.50", "0.000082", "0.00", "-0.000000001", "123456789012.345678901",
    ]);
  });
});
