"use client";

import Link from "next/link";
import { useState } from "react";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";
import { formatCount, formatMarginPct, formatMoney } from "@/lib/format/number";
import type { PnlFeature } from "@/lib/pnl/schemas";
import { STATUS_LABEL, STATUS_PILL_CLASS } from "@/components/pnl/status";

type SortKey = "name" | "requests" | "cogs" | "revenue" | "margin" | "x10";
const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: "name", label: "Feature", numeric: false },
  { key: "requests", label: "Requests", numeric: true },
  { key: "cogs", label: "AI COGS", numeric: true },
  { key: "revenue", label: "Revenue", numeric: true },
  { key: "margin", label: "Margin", numeric: true },
  { key: "x10", label: "At 10× / 100×", numeric: true },
];
const sortValue = (f: PnlFeature, k: SortKey): number | string => {
  switch (k) {
    case "name": return f.name.toLowerCase();
    case "requests": return f.requests;
    case "cogs": return Number(f.cogsNano);
    case "revenue": return Number(f.revenueNano);
    case "margin": return f.marginPct ?? Number.NEGATIVE_INFINITY;
    case "x10": return f.projection.x10.marginPct ?? Number.NEGATIVE_INFINITY;
  }
};
const points = (d: number) => `${d > 0 ? "+" : d < 0 ? "−" : ""}${Math.abs(d).toFixed(1)} pts`;

/** The feature P&L, sortable by any column; losing features in red; margins that turn negative at scale flagged. */
export function PnlTable({ features, featureHref }: { features: PnlFeature[]; featureHref: (key: string) => string }) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "cogs", desc: true });
  const rows = [...features].sort((a, b) => {
    const x = sortValue(a, sort.key), y = sortValue(b, sort.key);
    const c = x < y ? -1 : x > y ? 1 : a.key.localeCompare(b.key);
    return sort.desc ? -c : c;
  });
  return (
    <TableScroll label="Feature P&L">
      <table className="w-full text-sm" data-testid="pnl-table">
        <thead>
          <tr className={HEAD_ROW}>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.desc ? "descending" : "ascending") : "none"} className={`py-2 pr-4 font-medium ${c.numeric ? "text-right" : ""}`}>
                <button type="button" className="uppercase tracking-wide hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
                  onClick={() => setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : c.numeric }))}>
                  {c.label}{sort.key === c.key ? (sort.desc ? " ↓" : " ↑") : ""}
                </button>
              </th>
            ))}
            <th scope="col" className="py-2 font-medium">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => {
            const turnsNegative = (f.marginPct ?? 0) > 0 && ((f.projection.x10.marginPct ?? 0) < 0 || (f.projection.x100.marginPct ?? 0) < 0);
            return (
              <tr key={f.key} className={`${BODY_ROW} ${f.status === "losing" ? "text-rose-800" : ""}`} data-status={f.status}>
                <td className="py-2 pr-4">
                  <Link href={featureHref(f.key)} className="font-medium underline-offset-2 hover:underline"><UserText>{f.name}</UserText></Link>
                  <span className="block text-xs text-slate-600">{f.team ? <UserText>{f.team}</UserText> : "no team"} · {f.revenueModel.replace("_", " ")}</span>
                </td>
                <td className="py-2 pr-4 text-right tabular-nums">{formatCount(f.requests)}<span className="block text-xs text-slate-600">{f.costPerRequestNano ? `${formatMoney(f.costPerRequestNano)}/req` : "–"}</span></td>
                <td className="py-2 pr-4 text-right tabular-nums">{formatMoney(f.cogsNano)}<span className="block text-xs text-slate-600">{formatMoney(f.otherCostNano)} other</span></td>
                <td className="py-2 pr-4 text-right tabular-nums">{formatMoney(f.revenueNano)}</td>
                <td className="py-2 pr-4 text-right tabular-nums font-medium">
                  {formatMarginPct(f.marginPct)}
                  <span className="block text-xs font-normal text-slate-600">{f.marginPct !== null && f.prevMarginPct !== null ? `${points(f.marginPct - f.prevMarginPct)} vs before` : "–"}</span>
                </td>
                <td className="py-2 pr-4 text-right tabular-nums">
                  {formatMarginPct(f.projection.x10.marginPct)} / {formatMarginPct(f.projection.x100.marginPct)}
                  {turnsNegative && <span className="block text-xs font-medium text-rose-800" data-testid="scale-flag">negative at scale</span>}
                </td>
                <td className="py-2"><span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_PILL_CLASS[f.status]}`}>{STATUS_LABEL[f.status]}</span></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
