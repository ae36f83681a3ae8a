import { describe, expect, it } from "vitest";
import { divRound, ratio, spanDepths, summariseWorkflows, type FeatureSums } from "@/lib/workflows/maths";

const CENT = 10_000_000n; // nano-USD

const sums = (over: Partial<FeatureSums>): FeatureSums => ({
  key: "f", name: "F", workflows: 0n, steps: 0n, costNano: 0n, maxStepRatioSum: 0, maxStepRatioN: 0n, singleCalls: 0n, singleCallCostNano: 0n, ...over,
});

describe("divRound and ratio", () => {
  it("round half away from zero and refuse a zero denominator", () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(7n, 3n)).toBe(2n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(ratio(2n, 3n)).toBe(0.67);
    expect(ratio(1n, 0n)).toBeNull();
    expect(ratio(1n, -4n, 3)).toBe(-0.25);
  });
});

describe("summariseWorkflows", () => {
  it("makes the '5-step agent costs 5× a single call' claim measurable", () => {
    // one 5-step trace of 1+2+3+4+5 cents (max step 5¢ → 3×), single calls of 2¢ and 4¢ (average 3¢ → 5×)
    const s = summariseWorkflows([sums({ key: "agent", name: "Agent", workflows: 1n, steps: 5n, costNano: 15n * CENT, maxStepRatioSum: 3, maxStepRatioN: 1n, singleCalls: 2n, singleCallCostNano: 6n * CENT })]);
    expect(s).toMatchObject({ workflows: 1, steps: 5, avgSteps: 5, costNano: (15n * CENT).toString(), avgCostNano: (15n * CENT).toString(), multiplierOverMaxStep: 3, singleCallCostNano: (3n * CENT).toString(), singleCalls: 2, multiplierOverSingleCall: 5 });
    expect(s.byFeature).toEqual([{ key: "agent", name: "Agent", workflows: 1, avgSteps: 5, avgCostNano: (15n * CENT).toString(), singleCallCostNano: (3n * CENT).toString(), multiplierOverSingleCall: 5 }]);
  });

  it("sums over features for the org figures (never averages the averages)", () => {
    const s = summariseWorkflows([
      sums({ key: "a", workflows: 1n, steps: 2n, costNano: 10n, maxStepRatioSum: 2, maxStepRatioN: 1n, singleCalls: 1n, singleCallCostNano: 1n }),
      sums({ key: "b", workflows: 3n, steps: 9n, costNano: 30n, maxStepRatioSum: 4.5, maxStepRatioN: 3n, singleCalls: 9n, singleCallCostNano: 45n }),
    ]);
    expect(s.avgSteps).toBe(2.75); // 11 / 4
    expect(s.avgCostNano).toBe("10"); // 40 / 4
    expect(s.singleCallCostNano).toBe("5"); // 46 / 10 = 4.6 → 5
    expect(s.multiplierOverSingleCall).toBe(2.17); // (40/4) / (46/10)
    expect(s.multiplierOverMaxStep).toBe(1.63); // 6.5 / 4
    expect(s.byFeature.map((f) => f.key)).toEqual(["b", "a"]);
  });

  it("gives nulls, not zeros or NaN, without workflows or single calls", () => {
    const s = summariseWorkflows([sums({ key: "solo", singleCalls: 2n, singleCallCostNano: 4n }), sums({ key: "idle" })]);
    expect(s).toMatchObject({ workflows: 0, avgSteps: null, avgCostNano: null, multiplierOverMaxStep: null, multiplierOverSingleCall: null, singleCallCostNano: "2" });
    expect(s.byFeature.map((f) => f.key)).toEqual(["solo"]); // a feature with nothing in the range is left out
    const free = summariseWorkflows([sums({ workflows: 1n, steps: 2n, costNano: 5n, singleCalls: 3n, singleCallCostNano: 0n })]);
    expect(free.multiplierOverSingleCall).toBeNull(); // free single calls (cache hits): no multiplier
    expect(free.singleCallCostNano).toBe("0");
    expect(summariseWorkflows([])).toMatchObject({ workflows: 0, costNano: "0", singleCallCostNano: null, byFeature: [] });
  });
});

describe("spanDepths", () => {
  const step = (spanId: string | null, parentSpanId: string | null = null) => ({ spanId, parentSpanId });

  it("follows the parent chain, in any order of steps", () => {
    expect(spanDepths([step("c", "b"), step("a"), step("b", "a"), step("d", "a"), step("e", "c")])).toEqual([2, 0, 1, 1, 3]);
  });

  it("treats a parent outside the trace as a root, and steps without a span id by their parent", () => {
    expect(spanDepths([step("x", "missing"), step("y", "x"), step(null, "y"), step(null), step(null, "nowhere")])).toEqual([0, 1, 2, 0, 0]);
  });

  it("cuts cycles instead of hanging", () => {
    const d = spanDepths([step("a", "b"), step("b", "a"), step("self", "self"), step("c", "a")]);
    expect(d[2]).toBe(0);
    expect(new Set([d[0], d[1]])).toEqual(new Set([0, 1]));
    expect(d[3]).toBe(d[0] + 1);
  });

  it("walks a long chain without recursion", () => {
    const n = 20_000;
    const chain = Array.from({ length: n }, (_, i) => step(`s${i}`, i === 0 ? null : `s${i - 1}`)).reverse();
    expect(spanDepths(chain)[0]).toBe(n - 1);
  });
});
