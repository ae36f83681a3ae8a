import { describe, expect, it } from "vitest";
import { formatUsd, nanoToUsd, usdToNano } from "@/lib/money";

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

  it("formats small, normal, large and compact amounts", () => {
    expect(formatUsd(0n)).toBe("$0.00");
    expect(formatUsd(4_200_000n)).toBe("$0.0042");
    expect(formatUsd(12_340_000_000n)).toBe("$12.34");
    expect(formatUsd(1_234_567_000_000n)).toBe("$1,235");
    expect(formatUsd(1_234_567_000_000_000n, { compact: true })).toBe("$1.2M");
  });
});
