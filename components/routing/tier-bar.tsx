import { TIER_COLORS } from "@/lib/charts/colors";
import { TIER_LABELS } from "@/lib/charts/prepare-routing";
import { formatPercent } from "@/lib/format/number";
import { TIERS } from "@/lib/pricing/tiers";
import type { Routing } from "@/lib/routing/schemas";

/** A row's tier mix as a thin 100% bar, with the shares as its accessible name and tooltip. */
export function TierBar({ mix }: { mix: Routing["tierMix"] }) {
  if (!mix) return <span className="text-slate-400">no tiered requests</span>;
  const text = TIERS.map((t) => `${TIER_LABELS[t]} ${formatPercent(mix[t], 0)}`).join(" · ");
  return (
    <div className="flex h-2.5 w-28 overflow-hidden rounded-full bg-slate-100" role="img" aria-label={text} title={text}>
      {TIERS.map((t) => (mix[t] > 0 ? <div key={t} style={{ width: `${mix[t] * 100}%`, backgroundColor: TIER_COLORS[t] }} /> : null))}
    </div>
  );
}
