import { Card } from "@/components/ui/card";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";
import { formatMoney } from "@/lib/format/number";
import { toNano } from "@/lib/money";
import type { WeeklyTeam } from "@/lib/budgets/page-data";

const bar = (value: bigint, max: bigint) => (max > 0n ? Number((value * 1000n) / max) / 10 : 0);

/** Each team's spend this week so far and last week, against its budget pace (its tightest budget prorated to a week). */
export function WeeklyTeams({ teams, weekStart }: { teams: WeeklyTeam[]; weekStart: string }) {
  let max = 0n;
  for (const t of teams) for (const v of [t.thisWeekNano, t.lastWeekNano, t.paceNano ?? "0"]) if (toNano(v) > max) max = toNano(v);
  const since = new Date(`${weekStart}T00:00:00Z`).toLocaleDateString("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });
  return (
    <Card title="This week by team" subtitle={`Week starting ${since} (UTC) so far, against last week and each team's budget pace`}>
      <TableScroll label="Weekly team spend">
        <table className="w-full text-sm" data-testid="weekly-teams">
          <thead>
            <tr className={HEAD_ROW}>
              <th className="py-2 pr-4 font-medium">Team</th>
              <th className="py-2 pr-4 text-right font-medium">This week</th>
              <th className="py-2 pr-4 text-right font-medium">Last week</th>
              <th className="py-2 pr-4 text-right font-medium">Budget pace</th>
              <th className="hidden py-2 font-medium sm:table-cell"><span className="sr-only">Bars</span></th>
            </tr>
          </thead>
          <tbody>
            {teams.map((t) => {
              const pace = t.paceNano === null ? null : toNano(t.paceNano);
              const over = pace !== null && toNano(t.thisWeekNano) > pace;
              return (
                <tr key={t.key} className={BODY_ROW}>
                  <th scope="row" className="py-2 pr-4 text-left font-normal"><UserText>{t.name}</UserText></th>
                  <td className={`py-2 pr-4 text-right tabular-nums ${over ? "font-medium text-rose-700" : ""}`}>{formatMoney(t.thisWeekNano)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{formatMoney(t.lastWeekNano)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{pace === null ? <span className="text-slate-500">no budget</span> : formatMoney(pace)}</td>
                  <td className="hidden w-2/5 py-2 sm:table-cell" aria-hidden>
                    <div className="relative space-y-1">
                      <div className="h-2 rounded-sm bg-indigo-500" style={{ width: `${bar(toNano(t.thisWeekNano), max)}%` }} />
                      <div className="h-2 rounded-sm bg-slate-300" style={{ width: `${bar(toNano(t.lastWeekNano), max)}%` }} />
                      {pace !== null && <div className="absolute -top-0.5 bottom-[-2px] w-0.5 bg-rose-500" style={{ left: `${bar(pace, max)}%` }} />}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className="mt-2 hidden gap-4 text-xs text-slate-500 sm:flex" aria-hidden>
        <span className="flex items-center gap-1.5"><span className="inline-block h-2 w-3 rounded-sm bg-indigo-500" />This week</span>
        <span className="flex items-center gap-1.5"><span className="inline-block h-2 w-3 rounded-sm bg-slate-300" />Last week</span>
        <span className="flex items-center gap-1.5"><span className="inline-block h-3 w-0.5 bg-rose-500" />Budget pace</span>
      </p>
    </Card>
  );
}
