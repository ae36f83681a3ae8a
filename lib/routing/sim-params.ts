// The simulator's scenarios in the page URL, so a shared link reproduces them:
// one `sim` parameter per scenario, `<feature>~<percent>~<target>` where the
// target is a tier (`small`, `mid`) or `<provider>/<model>`. Pure and client-safe.
import { MAX_SCENARIOS } from "@/lib/routing/schemas";

export type SimScenario = { feature: string; sharePct: string; target: string };

const TIER_TARGETS = ["small", "mid"];

/** Scenarios from the URL's `sim` values; malformed ones are dropped (the page shows what it kept). */
export function parseSimParams(values: string[]): SimScenario[] {
  const out: SimScenario[] = [];
  for (const v of values.slice(0, MAX_SCENARIOS)) {
    const parts = v.split("~");
    if (parts.length !== 3 || !parts[0] || !parts[2]) continue;
    out.push({ feature: parts[0], sharePct: parts[1], target: parts[2] });
  }
  return out;
}

export const simParam = (s: SimScenario) => `${s.feature}~${s.sharePct}~${s.target}`;

/** The scenario as the simulate API's body item. */
export function toApiScenario(s: SimScenario): Record<string, string> {
  if (TIER_TARGETS.includes(s.target)) return { feature: s.feature, sharePct: s.sharePct, tier: s.target };
  const slash = s.target.indexOf("/");
  return slash > 0 ? { feature: s.feature, sharePct: s.sharePct, provider: s.target.slice(0, slash), model: s.target.slice(slash + 1) } : { feature: s.feature, sharePct: s.sharePct, model: s.target };
}
