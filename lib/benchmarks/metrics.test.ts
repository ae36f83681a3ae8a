import { describe, expect, it } from "vitest";
import { buildBenchmarks, type BenchmarkInputs } from "@/lib/benchmarks/metrics";
import { benchmarksSchema } from "@/lib/benchmarks/schemas";

const usd = (v: number) => BigInt(Math.round(v * 1e9));
const range = { from: "2026-09-01", to: "2026-09-30", days: 30, team: null };
const feature = (name: string, requests: number, cogs: number, revenue: number, status: BenchmarkInputs["pnl"]["features"][number]["status"]) =>
  ({ name, requests, cogsNano: usd(cogs), revenueNano: usd(revenue), status });

// 5 features with usage, 2 of them profitable; COGS 32.1% of revenue; $0.012 a priced request; 38% of tiered requests below frontier
const typical: BenchmarkInputs = {
  range,
  pnl: {
    cogsNano: usd(3210),
    revenueNano: usd(10_000),
    features: [
      feature("Chat", 100, 2000, 6000, "healthy"),
      feature("Search", 50, 800, 1000, "profitable"),
      feature("Sales", 30, 300, 250, "losing"), // $50 short
      feature("Triage", 20, 90, 0, "no_revenue"), // $90 short
      feature("Draft", 10, 20, 0, "no_revenue"), // $20 short: the closest
      feature("Idle", 0, 0, 0, "no_revenue"), // other costs only: not a feature with usage
    ],
  },
  usage: { requests: 10_250n, unpricedRequests: 250n, tokenCostNano: usd(120), tieredRequests: 10_000n, belowFrontierRequests: 3_800n },
};

describe("benchmark metrics from hand-computed figures", () => {
  const b = benchmarksSchema.parse(buildBenchmarks(typical));
  const by = Object.fromEntries(b.metrics.map((m) => [m.id, m]));

  it("lists the four metrics in the design's order, with their bands", () => {
    expect(b.metrics.map((m) => m.id)).toEqual(["cogs_to_revenue", "cost_per_request", "routing_coverage", "profitable_share"]);
    expect(by.cost_per_request.bands).toEqual({ better: "lower", low: 0.1, median: [0.01, 0.05], elite: 0.005, labels: { low: "> $0.10", median: "$0.01–$0.05", elite: "< $0.005" } });
    expect(by.routing_coverage.bands.labels).toEqual({ low: "< 30%", median: "50–70%", elite: "> 85%" });
  });

  it("COGS / revenue: 32.1%, below the median; cut $710 or add $2,840 of revenue", () => {
    expect(by.cogs_to_revenue).toMatchObject({ value: 32.1, display: "32.1%", unit: "percent", position: "below_median", reason: null });
    expect(by.cogs_to_revenue.reading).toBe("AI COGS are 32.1% of revenue ($3,210 against $10,000): below the median band (15–25%) but not in the low band (> 40%).");
    expect(by.cogs_to_revenue.nextStep).toEqual({
      band: "median",
      text: "To reach the median band (15–25%), COGS must fall by $710.00 (to at most $2,500) or revenue rise by $2,840 (to at least $12,840) over these 30 days.",
    });
  });

  it("cost per request: $120 over 10,000 priced requests is $0.012, median; elite needs under $0.005", () => {
    expect(by.cost_per_request).toMatchObject({ value: 0.012, valueNano: "12000000", display: "$0.012", unit: "usd", position: "median" });
    expect(by.cost_per_request.reading).toBe(
      "An AI request costs $0.012 in tokens on average ($120.00 over 10,000 priced requests): within the median band ($0.01–$0.05). 250 requests on models without a price are left out.",
    );
    // $120 − ($0.005 × 10,000 − 1 nano) = $70 and a nano, rounded up to the cent
    expect(by.cost_per_request.nextStep).toEqual({
      band: "elite",
      text: "Cut inference cost per request from $0.012 to under $0.005 to reach the elite band (< $0.005): about $70.01 less token spend over these 30 days at today's 10,000 requests.",
    });
  });

  it("routing coverage: 3,800 of 10,000 tiered requests is 38%; 1,200 more reach the median", () => {
    expect(by.routing_coverage).toMatchObject({ value: 38, display: "38.0%", position: "below_median" });
    expect(by.routing_coverage.reading).toBe(
      "38.0% of requests ran on models below the frontier tier (3,800 of 10,000): below the median band (50–70%) but not in the low band (< 30%). 250 requests on models without a tier are left out (set tiers under Settings → Tiers).",
    );
    expect(by.routing_coverage.nextStep?.text).toBe(
      "Route another 12.0% of requests (1,200 requests over these 30 days) from frontier models to small or mid-tier ones to reach the median band (50–70%).",
    );
  });

  it("profitable share: 2 of 5 features with usage (40%); Draft is the closest to break-even", () => {
    expect(by.profitable_share).toMatchObject({ value: 40, position: "below_median" });
    expect(by.profitable_share.reading).toBe(
      "2 of 5 features with usage are profitable (40.0%): below the median band (50–60%) but not in the low band (< 30%). 2 features have no revenue entered and count as not profitable.",
    );
    expect(by.profitable_share.nextStep?.text).toBe("Make 1 more feature profitable to reach the median band (50–60%): Draft is closest to break-even ($20.00 short over these 30 days).");
  });

  it("names the features closest to break-even when several are needed for elite", () => {
    // 3 of 5 = 60%, median; elite needs > 80%: 5 of 5, so 2 more: Draft ($20) then Sales ($50)
    const m = buildBenchmarks({ ...typical, pnl: { ...typical.pnl, features: typical.pnl.features.map((f) => (f.name === "Triage" ? { ...f, revenueNano: usd(100), status: "profitable" as const } : f)) } })
      .metrics.find((x) => x.id === "profitable_share")!;
    expect(m.position).toBe("median");
    expect(m.nextStep?.text).toBe("Make 2 more features profitable to reach the elite band (> 80%): Draft and Sales are closest to break-even ($20.00 and $50.00 short over these 30 days).");
  });

  it("at elite there is no next step", () => {
    const elite = buildBenchmarks({
      range,
      pnl: { cogsNano: usd(5), revenueNano: usd(100), features: [feature("Chat", 1, 5, 100, "healthy")] },
      usage: { requests: 1000n, unpricedRequests: 0n, tokenCostNano: usd(4.9), tieredRequests: 1000n, belowFrontierRequests: 900n },
    });
    expect(elite.metrics.map((m) => [m.position, m.display, m.nextStep])).toEqual([
      ["elite", "5.0%", null], ["elite", "$0.0049", null], ["elite", "90.0%", null], ["elite", "100.0%", null],
    ]);
  });
});

describe("values next to a band edge", () => {
  it("never print as the edge they are not on", () => {
    const near = buildBenchmarks({
      range,
      pnl: { cogsNano: 25_001n, revenueNano: 100_000n, features: [] }, // 25.001%
      usage: { requests: 1000n, unpricedRequests: 0n, tokenCostNano: 50_000_000n * 1000n + 1n, tieredRequests: 1000n, belowFrontierRequests: 500n },
    }).metrics;
    expect(near[0]).toMatchObject({ display: "25.001%", position: "below_median", value: 25 });
    expect(near[1]).toMatchObject({ display: "$0.05", valueNano: "50000000", position: "below_median" }); // a sub-nano over: rounds to the edge
    expect(near[2]).toMatchObject({ display: "50.0%", position: "median" }); // exactly 50%
  });
});

describe("metrics without data are null with a reason, never a guess", () => {
  it("says what is missing", () => {
    const empty = buildBenchmarks({
      range,
      pnl: { cogsNano: usd(5), revenueNano: 0n, features: [feature("Idle", 0, 5, 0, "no_revenue")] },
      usage: { requests: 40n, unpricedRequests: 40n, tokenCostNano: 0n, tieredRequests: 0n, belowFrontierRequests: 0n },
    });
    expect(empty.metrics.map((m) => [m.value, m.position, m.display, m.nextStep])).toEqual(Array(4).fill([null, null, null, null]));
    expect(empty.metrics.map((m) => m.reason)).toEqual([
      "No revenue in this range, so the $5.00 of AI COGS has nothing to compare with: enter feature revenue on the P&L page.",
      "No priced requests in this range. 40 requests on models without a price are left out.",
      "No requests on models with a tier in this range. 40 requests on models without a tier are left out (set tiers under Settings → Tiers).",
      "No features with usage in this range.",
    ]);
    expect(empty.metrics[1].valueNano).toBeNull();
  });
});

describe("a one-day range", () => {
  it("speaks of the day, not of 'these 1 days'", () => {
    const one = buildBenchmarks({ ...typical, range: { from: "2026-09-01", to: "2026-09-01", days: 1, team: null } });
    expect(one.metrics[2].nextStep?.text).toBe("Route another 12.0% of requests (1,200 requests on this day) from frontier models to small or mid-tier ones to reach the median band (50–70%).");
  });
});
