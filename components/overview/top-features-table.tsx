import { formatCount, formatPercent, formatUsd, toNano } from "@/lib/money";
import type { Overview } from "@/lib/overview/schemas";
import { BODY_ROW, HEAD_ROW } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";

export function TopFeaturesTable({ features, total }: { features: Overview["features"]; total: string }) {
  const totalNano = toNano(total);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="top-features">
        <thead>
          <tr className={HEAD_ROW}>
            <th className="py-2 pr-4 font-medium">Feature</th>
            <th className="py-2 pr-4 font-medium">Team</th>
            <th className="py-2 pr-4 text-right font-medium">Requests</th>
            <th className="py-2 pr-4 text-right font-medium">Spend</th>
            <th className="py-2 pr-4 text-right font-medium">Cost / request</th>
            <th className="py-2 text-right font-medium">Share</th>
          </tr>
        </thead>
        <tbody>
          {features.slice(0, 10).map((f) => {
            const cost = toNano(f.costNano);
            return (
              <tr key={f.key} className={BODY_ROW}>
                <td className="py-2 pr-4">
                  <UserText className="font-medium text-slate-900">{f.name}</UserText> <UserText className="font-mono text-xs text-slate-400">{f.key}</UserText>
                </td>
                <td className="py-2 pr-4 text-slate-600">{f.team === null ? "—" : <UserText>{f.team}</UserText>}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{formatCount(f.requests)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{formatUsd(cost)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{f.requests ? formatUsd(cost / BigInt(f.requests)) : "–"}</td>
                <td className="py-2 text-right tabular-nums">{formatPercent(totalNano === 0n ? null : Number((cost * 1000n) / totalNano) / 1000, 1)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
