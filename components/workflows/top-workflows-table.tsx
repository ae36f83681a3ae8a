"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";
import { formatDuration, formatMultiplier } from "@/lib/charts/prepare-workflows";
import { formatCount, formatMoney } from "@/lib/format/number";
import { toNano } from "@/lib/money";
import type { TopWorkflow } from "@/lib/workflows/schemas";

const when = (iso: string) => new Date(iso).toLocaleString("en-US", { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", hourCycle: "h23" }); // h23: hour12:false gives "24:05" in Node but "00:05" in browsers (a hydration mismatch)

/** The most expensive workflows; a row (or its trace id, for keyboards) opens the step breakdown. */
export function TopWorkflowsTable({ top, hrefFor }: { top: TopWorkflow[]; hrefFor: (traceId: string) => string }) {
  const router = useRouter();
  return (
    <TableScroll label="Most expensive workflows">
      <table className="w-full text-sm" data-testid="top-workflows">
        <thead>
          <tr className={HEAD_ROW}>
            <th scope="col" className="py-2 pr-4 font-medium">Trace</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Cost</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Steps</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">× dearest step</th>
            <th scope="col" className="py-2 pr-4 font-medium">Feature</th>
            <th scope="col" className="py-2 pr-4 font-medium">Started (UTC)</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Duration</th>
            <th scope="col" className="py-2 text-right font-medium">Errors</th>
          </tr>
        </thead>
        <tbody>
          {top.map((w) => {
            const max = toNano(w.maxStepCostNano);
            return (
              <tr key={w.traceId} className={`${BODY_ROW} cursor-pointer hover:bg-slate-50`} onClick={() => router.push(hrefFor(w.traceId))}>
                <td className="max-w-48 truncate py-2 pr-4 font-mono text-xs">
                  <Link href={hrefFor(w.traceId)} className="text-indigo-700 underline-offset-2 hover:underline" onClick={(e) => e.stopPropagation()}><UserText>{w.traceId}</UserText></Link>
                </td>
                <td className="py-2 pr-4 text-right tabular-nums font-medium">{formatMoney(w.costNano)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{formatCount(w.steps)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{max === 0n ? "–" : formatMultiplier(Number((toNano(w.costNano) * 100n) / max) / 100)}</td>
                <td className="py-2 pr-4 text-slate-700"><UserText>{w.featureName}</UserText></td>
                <td className="whitespace-nowrap py-2 pr-4 text-slate-700">{when(w.startTs)}</td>
                <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums">{formatDuration(w.durationMs)}</td>
                <td className={`py-2 text-right tabular-nums ${w.errors ? "text-rose-700" : ""}`}>{w.errors}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
