import { describe, expect, it } from "vitest";
import { efficientFrontier, meanOf, rateOf } from "@/lib/quality/frontier";

const p = (cost: number | null, score: number | null) => ({ costPerRequestNano: cost === null ? null : BigInt(cost), meanScore: score });

describe("efficientFrontier", () => {
  it("keeps the models no cheaper-and-better model beats", () => {
    // A cheap and weak, B dearer and better, C dearer than B and worse (beaten by B), D dearest and best
    expect(efficientFrontier([p(100, 0.7), p(500, 0.85), p(800, 0.8), p(2000, 0.93)])).toEqual([true, true, false, true]);
  });

  it("a model as cheap but better, or as good but cheaper, beats it; identical ones both stay", () => {
    expect(efficientFrontier([p(100, 0.7), p(100, 0.8)])).toEqual([false, true]);
    expect(efficientFrontier([p(100, 0.8), p(200, 0.8)])).toEqual([true, false]);
    expect(efficientFrontier([p(300, 0.9), p(300, 0.9)])).toEqual([true, true]);
  });

  it("counts scores within the tie as equal quality: the dearer of two such models is beaten", () => {
    expect(efficientFrontier([p(100, 0.7807), p(600, 0.7808)])).toEqual([true, false]); // 6× the cost for +0.0001
    expect(efficientFrontier([p(100, 0.78), p(600, 0.786)])).toEqual([true, true]); // a real gain
    expect(efficientFrontier([p(100, 0.78), p(100, 0.783)])).toEqual([true, true]); // same cost, within the tie
    expect(efficientFrontier([p(100, 0.7807), p(600, 0.7808)], 0)).toEqual([true, true]); // strict Pareto
  });

  it("leaves out models without a price, without a token cost, or without a score, which beat nothing", () => {
    // the unpriced model would beat everything if its missing cost were read as 0; a free (self-hosted) one too
    expect(efficientFrontier([p(null, 0.99), p(0, 0.95), p(100, null), p(400, 0.6), p(900, 0.9)])).toEqual([false, false, false, true, true]);
    expect(efficientFrontier([])).toEqual([]);
  });

  it("compares costs as exact integers", () => {
    const big = 9_007_199_254_740_993n; // 2^53 + 1: equal to 2^53 as a float
    expect(efficientFrontier([{ costPerRequestNano: big, meanScore: 0.5 }, { costPerRequestNano: big - 1n, meanScore: 0.5 }])).toEqual([false, true]);
  });
});

describe("rates and means", () => {
  it("are null when nothing carried the signal", () => {
    expect(rateOf(0, 0)).toBeNull();
    expect(rateOf(0, 4)).toBe(0);
    expect(rateOf(1, 4)).toBe(0.25);
    expect(meanOf(0, 0)).toBeNull();
    expect(meanOf(2.7, 3)).toBe(0.9);
    expect(meanOf(0.89999998, 1)).toBe(0.9); // float4 noise rounded away
  });
});
