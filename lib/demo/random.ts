// A small seeded PRNG so the demo data is the same for the same seed.

export type Rng = {
  next(): number;
  int(min: number, maxInclusive: number): number;
  normal(): number;
  /** mean × a log-normal factor (sigma ≈ spread) */
  around(mean: number, spread?: number): number;
  pick<T>(weighted: readonly (readonly [T, number])[]): T;
  chance(p: number): boolean;
};

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = Math.max(next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return {
    next,
    normal,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    around: (mean, spread = 0.45) => Math.max(1, Math.round(mean * Math.exp(spread * normal() - (spread * spread) / 2))),
    pick(weighted) {
      const total = weighted.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of weighted) {
        r -= w;
        if (r <= 0) return value;
      }
      return weighted[weighted.length - 1][0];
    },
    chance: (p) => next() < p,
  };
}
