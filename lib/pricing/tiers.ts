// Model tiers (docs/design.md §2/§5): the one list every layer uses — zod schemas, SQL
// helpers and UI — and the default tier of a model from its price band; orgs can
// edit tiers. Client-safe: no server imports. The order is cheapest first and
// must match the database enum "ModelTier" (a unit test checks it).
import type { UnitPrices } from "@/lib/pricing/cost";

export const TIERS = ["small", "mid", "frontier"] as const;
export type Tier = (typeof TIERS)[number];

/** Blended $/Mtok at a typical 3:1 input:output mix, in nano-USD, at base (short-prompt) prices. */
export function blendedPerMtokNano(p: UnitPrices): bigint {
  return (3n * p.inputPerMtokNano + p.outputPerMtokNano) / 4n;
}

const SMALL_BELOW = 1_000_000_000n; // $1 / Mtok blended
const MID_BELOW = 5_000_000_000n; // $5 / Mtok blended

/** Default tier from base prices: long-context tiers describe rare big prompts, not the model's class. */
export function defaultTier(p: UnitPrices): Tier {
  const blended = blendedPerMtokNano(p);
  if (blended < SMALL_BELOW) return "small";
  if (blended < MID_BELOW) return "mid";
  return "frontier";
}
