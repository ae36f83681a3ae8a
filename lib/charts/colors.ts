// Stable colours. An entity (team, feature, model) keeps its colour on every page
// and for every range: the colour comes from its key, not from its rank in today's
// chart. Keys that hash to the same colour are separated deterministically over
// the org's full list of keys (not just those in view), so a range change cannot
// reshuffle them. Tiers have their own palette, disjoint from the entities'.
import type { Tier } from "@/lib/pricing/tiers";

/** Entity palette: Tableau 10's well-separated hues (grey left out: it reads as "Other"), plus a cyan. */
export const ENTITY_COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#17becf"] as const;
/** Tier palette: a light-to-dark slate ramp (cheap → dear), disjoint from the colourful entity palette. */
export const TIER_COLORS = { small: "#94a3b8", mid: "#475569", frontier: "#0f172a", unknown: "#e2e8f0" } as const satisfies Record<Tier | "unknown", string>;
/** The "Other" bucket of a top-N. */
export const OTHER_COLOR = "#d6d3d1";

/** FNV-1a: a small, stable string hash. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Colours for all of an org's keys of one kind: each key's hashed colour, or the
 * next free one when an earlier key (in key order) took it. Pass the full list
 * (e.g. every team of the org), not only the keys in view.
 */
export function assignColors(allKeys: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Map<number, number>();
  for (const key of [...new Set(allKeys)].sort()) {
    let i = hash(key) % ENTITY_COLORS.length;
    // once every colour is used, colours repeat: take the least used from the hashed slot on
    const least = Math.min(...ENTITY_COLORS.map((_, j) => taken.get(j) ?? 0));
    while ((taken.get(i) ?? 0) > least) i = (i + 1) % ENTITY_COLORS.length;
    taken.set(i, (taken.get(i) ?? 0) + 1);
    out.set(key, ENTITY_COLORS[i]);
  }
  return out;
}
