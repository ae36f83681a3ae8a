import { describe, expect, it } from "vitest";
import { evidencePeriod, shareAnswer, THRESHOLDS } from "@/lib/maturity/evidence";

describe("shareAnswer", () => {
  it("compares shares with the thresholds exactly on the counts", () => {
    expect(shareAnswer(19, 20, THRESHOLDS.priced)).toBe("yes"); // exactly 95%
    expect(shareAnswer(1899, 2000, THRESHOLDS.priced)).toBe("partly"); // 94.95%
    expect(shareAnswer(1, 2, THRESHOLDS.priced)).toBe("partly"); // exactly 50%
    expect(shareAnswer(49, 100, THRESHOLDS.priced)).toBe("no");
    expect(shareAnswer(4, 5, THRESHOLDS.budgets)).toBe("yes"); // exactly 80%
    expect(shareAnswer(3, 4, THRESHOLDS.budgets)).toBe("partly");
    expect(shareAnswer(1, 1000, THRESHOLDS.revenue)).toBe("partly"); // any share above 0
    expect(shareAnswer(0, 8, THRESHOLDS.revenue)).toBe("no");
    expect(shareAnswer(1, 2, THRESHOLDS.quality)).toBe("yes");
  });
});

describe("evidencePeriod", () => {
  it("is the 30 full UTC days before today", () => {
    expect(evidencePeriod(new Date("2026-12-04T23:59:59.999Z"))).toEqual({ from: "2026-11-04", to: "2026-12-03" });
    expect(evidencePeriod(new Date("2026-12-05T00:00:00Z"))).toEqual({ from: "2026-11-05", to: "2026-12-04" });
    expect(evidencePeriod(new Date("2026-03-01T12:00:00Z"))).toEqual({ from: "2026-01-30", to: "2026-02-28" });
  });
});
