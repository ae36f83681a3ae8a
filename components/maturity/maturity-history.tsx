"use client";

import Link from "next/link";
import { LevelTrendChart } from "@/components/charts/level-trend-chart";
import { RADAR_COLOR } from "@/components/maturity/level-summary";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";
import { assessmentTime, levelTick, prepareMaturityTrend, type TrendPoint } from "@/lib/charts/prepare-maturity";
import type { MaturitySummary } from "@/lib/hooks/use-maturity";

/** The org's assessments over time: the level as a line, and a table (newest first) linking each result. */
export function MaturityHistory({ assessments }: { assessments: MaturitySummary[] }) {
  const trend = prepareMaturityTrend(assessments);
  return (
    <div className="space-y-4">
      <LevelTrendChart<TrendPoint> data={trend.data} dataKey="percent" ticks={trend.ticks} tickFormat={levelTick} color={RADAR_COLOR} name="Level"
        tooltipFormat={(p) => (p.level > 0 ? `Level ${p.level} · ${p.levelName} (${p.percent}%)` : `${p.levelName} (0%)`)} label="Maturity level over time" table={trend.table} />
      <TableScroll label="Assessment history">
        <table className="w-full text-sm" data-testid="maturity-history">
          <caption className="sr-only">Completed assessments, newest first</caption>
          <thead>
            <tr className={HEAD_ROW}>
              <th scope="col" className="py-2 pr-4 font-medium">Taken</th>
              <th scope="col" className="py-2 pr-4 font-medium">Level</th>
              <th scope="col" className="py-2 pr-4 text-right font-medium">Percent</th>
              <th scope="col" className="py-2 font-medium">By</th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.id} className={BODY_ROW}>
                <td className="whitespace-nowrap py-2 pr-4">
                  <Link href={`/maturity/${a.id}`} className="text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">{assessmentTime(a.createdAt)}</Link>
                </td>
                <td className="py-2 pr-4">{a.level > 0 ? `${a.level} · ${a.levelName}` : a.levelName}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{a.percent}%</td>
                <td className="py-2">{a.takenBy?.name ? <UserText>{a.takenBy.name}</UserText> : <span className="text-slate-500">–</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
