import Link from "next/link";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";
import { formatCount, formatMoney, formatPercent } from "@/lib/format/number";
import { toNano } from "@/lib/money";
import type { Overview } from "@/lib/overview/schemas";

/** Features by spend; each name and team drills down to the overview filtered by it. */
export function TopFeaturesTable({ features, total, featureHref, teamHref }: { features: Overview["features"]; total: string; featureHref: (key: string) => string | undefined; teamHref: (key: string) => string | undefined }) {
  const totalNano = toNano(total);
  return (
    <TableScroll label="Top features">
      <table className="w-full text-sm" data-testid="top-features">
        <thead>
          <tr className={HEAD_ROW}>
            <th scope="col" className="py-2 pr-4 font-medium">Feature</th>
            <th scope="col" className="py-2 pr-4 font-medium">Team</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Requests</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Spend</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Cost / request</th>
            <th scope="col" className="py-2 text-right font-medium">Share</th>
          </tr>
        </thead>
        <tbody>
          {features.slice(0, 10).map((f) => {
            const cost = toNano(f.costNano);
            return (
              <tr key={f.key} className={BODY_ROW}>
                <td className="py-2 pr-4">
                  <Link href={featureHref(f.key) ?? "#"} className="font-medium text-slate-900 underline-offset-2 hover:underline"><UserText>{f.registered ? f.name : f.key}</UserText></Link>{" "}
                  {!f.registered && <span className="rounded bg-slate-100 px-1 text-xs text-slate-700">unregistered</span>}
                </td>
                <td className="py-2 pr-4 text-slate-700">
                  {f.team === null ? "—" : <Link href={teamHref(f.team) ?? "#"} className="underline-offset-2 hover:underline"><UserText>{f.teamName ?? f.team}</UserText></Link>}
                </td>
                <td className="py-2 pr-4 text-right tabular-nums">{formatCount(f.requests)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{formatMoney(cost)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{f.requests ? formatMoney(cost / BigInt(f.requests)) : "–"}</td>
                <td className="py-2 text-right tabular-nums">{formatPercent(totalNano === 0n ? null : Number((cost * 1000n) / totalNano) / 1000)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
