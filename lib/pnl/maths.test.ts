import { describe, expect, it } from "vitest";
import { marginPct, pnlStatus, projectMargin } from "@/lib/pnl/maths";

const usd = (v: number) => BigInt(Math.round(v * 1e9));

describe("contribution margin", () => {
  it("is (revenue − COGS) / revenue in percent, null without revenue", () => {
    expect(marginPct(usd(1000), usd(250))).toBe(75);
    expect(marginPct(usd(3), usd(2))).toBe(33.33);
    expect(marginPct(usd(3), usd(1))).toBe(66.67); // rounded half away from zero
    expect(marginPct(usd(100), usd(135))).toBe(-35);
    expect(marginPct(0n, usd(5))).toBeNull();
  });

  it("gives a status: healthy ≥ 50%, profitable > 0, losing, no_revenue", () => {
    expect([pnlStatus(50), pnlStatus(49.99), pnlStatus(0.01), pnlStatus(0), pnlStatus(-35), pnlStatus(null)]).toEqual([
      "healthy", "profitable", "profitable", "losing", "losing", "no_revenue",
    ]);
  });
});

describe("scale projection", () => {
  // $1,000 token cost, $500 fixed other costs
  const base = { tokenCostNano: usd(1000), otherCostNano: usd(500) };

  it("fixed monthly revenue does not scale: a 70% margin turns negative at 10×", () => {
    const p = { ...base, revenueNano: usd(5000), revenueModel: "monthly" as const };
    expect(projectMargin(p, 1n)).toBe(70); // (5000 − 1500) / 5000
    expect(projectMargin(p, 10n)).toBe(-110); // (5000 − 10,500) / 5000
    expect(projectMargin(p, 100n)).toBe(-1910); // (5000 − 100,500) / 5000
  });

  it("per-request revenue scales with requests while fixed costs do not, so the margin improves", () => {
    const p = { ...base, revenueNano: usd(2000), revenueModel: "per_request" as const };
    expect(projectMargin(p, 1n)).toBe(25); // (2000 − 1500) / 2000
    expect(projectMargin(p, 10n)).toBe(47.5); // (20,000 − 10,500) / 20,000
    expect(projectMargin(p, 100n)).toBe(49.75); // (200,000 − 100,500) / 200,000
  });

  it("per-user revenue scales like per-request; a feature losing per request keeps losing", () => {
    const p = { tokenCostNano: usd(3000), otherCostNano: 0n, revenueNano: usd(2000), revenueModel: "per_user" as const };
    expect([projectMargin(p, 1n), projectMargin(p, 10n), projectMargin(p, 100n)]).toEqual([-50, -50, -50]);
  });

  it("has no margin without revenue", () => {
    expect(projectMargin({ ...base, revenueNano: 0n, revenueModel: "monthly" }, 10n)).toBeNull();
  });
});
