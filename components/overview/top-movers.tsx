import Link from "next/link";
import { UserText } from "@/components/ui/user-text";
import { relativeChange } from "@/lib/charts/prepare-overview";
import { formatMoney, formatPercent } from "@/lib/format/number";
import { toNano } from "@/lib/money";
import type { Overview } from "@/lib/overview/schemas";

/** Features whose spend moved most against the period before: up in red, down in green, with both amounts. */
export function TopMovers({ movers, featureHref }: { movers: Overview["movers"]; featureHref: (key: string) => string | undefined }) {
  if (movers.length === 0) return <p className="text-sm text-slate-600">No change against the period before (or no complete day yet to compare).</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="top-movers">
      {movers.map((m) => {
        const delta = toNano(m.costNano) - toNano(m.prevCostNano);
        const rel = relativeChange(toNano(m.costNano), toNano(m.prevCostNano));
        const href = m.registered ? featureHref(m.key) : undefined;
        return (
          <li key={m.key} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
            <span className="min-w-0 truncate">{href ? <Link href={href} className="underline-offset-2 hover:underline"><UserText>{m.name}</UserText></Link> : <UserText>{m.name}</UserText>}</span>
            <span className="flex items-baseline gap-3 tabular-nums">
              <span className="text-xs text-slate-600">{formatMoney(m.prevCostNano)} → {formatMoney(m.costNano)}</span>
              <span className={delta > 0n ? "font-medium text-rose-700" : "font-medium text-emerald-700"}>
                {delta > 0n ? "▲ +" : "▼ "}{formatMoney(delta)}{rel === null ? " (new)" : ` (${delta > 0n ? "+" : ""}${formatPercent(rel, 0)})`}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
