// Default model tiers from price bands (DESIGN.md §2/§5); orgs can edit them.
import type { UnitPrices } from "@/lib/pricing/cost";

export type Tier = "small" | "mid" | "frontier";

/** Blended $/Mtok at a typical 3:1 input:output mix, in nano-USD. */
export function blendedPerMtokNano(p: UnitPrices): bigint {
  return (3n * p.inputPerMtokNano + p.outputPerMtokNano) / 4n;
}

const SMALL_BELOW = 1_000_000_000n; // $1 / Mtok blended
const MID_BELOW = 5_000_000_000n; // $5 / Mtok blended

export function defaultTier(p: UnitPrices): Tier {
  const blended = blendedPerMtokNano(p);
  if (blended < SMALL_BELOW) return "small";
  if (blended < MID_BELOW) return "mid";
  return "frontier";
}
