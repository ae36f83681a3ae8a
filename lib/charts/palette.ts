// Chart colours: one categorical palette and fixed colours for model tiers.
import type { Tier } from "@/lib/pricing/tiers";

export const CATEGORICAL = ["#6366f1", "#14b8a6", "#f59e0b", "#ec4899", "#0ea5e9", "#84cc16", "#a855f7", "#f97316"];
export const OTHER_COLOR = "#94a3b8";
export const TIER_COLORS = { small: "#14b8a6", mid: "#6366f1", frontier: "#f43f5e", unknown: "#94a3b8" } as const satisfies Record<Tier | "unknown", string>;

export function colorAt(i: number): string {
  return CATEGORICAL[i % CATEGORICAL.length];
}
