"use client";

import Link from "next/link";
import { useState } from "react";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";
import { formatCount, formatMoney, formatPercent } from "@/lib/format/number";
import type { QualityFeature, QualityModel } from "@/lib/quality/schemas";

type Row = (QualityFeature | QualityModel) & { id: string; label: string; href: string; tier?: string | null; efficient?: boolean };
type SortKey = "label" | "requests" | "scored" | "meanScore" | "hallucinationRate" | "guardrailBlockRate" | "costPerRequestNano";
const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: "requests", label: "Requests", numeric: true },
  { key: "scored", label: "Scored", numeric: true },
  { key: "meanScore", label: "Mean score", numeric: true },
  { key: "hallucinationRate", label: "Hallucinations", numeric: true },
  { key: "guardrailBlockRate", label: "Guardrail blocks", numeric: true },
  { key: "costPerRequestNano", label: "Cost / request", numeric: true },
];

// rows without a value (no signal, no price) sort below every row with one, whichever the direction
const sortValue = (r: Row, k: SortKey): number | string | null => {
  if (k === "label") return r.label.toLowerCase();
  if (k === "costPerRequestNano") return r.costPerRequestNano === null ? null : Number(r.costPerRequestNano);
  return r[k];
};

/** Per-feature or per-model quality, sortable by any column; a missing rate reads "–" (nothing carried that signal), never 0%. */
export function QualityTable({ rows, label, testId, nameHeader }: { rows: Row[]; label: string; testId: string; nameHeader: string }) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "requests", desc: true });
  const sorted = [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key), y = sortValue(b, sort.key);
    if (x === null || y === null) return x === y ? a.id.localeCompare(b.id) : x === null ? 1 : -1;
    const c = x < y ? -1 : x > y ? 1 : a.id.localeCompare(b.id);
    return sort.desc ? -c : c;
  });
  const header = (key: SortKey, text: string, numeric: boolean) => (
    <th key={key} scope="col" aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"} className={`py-2 pr-4 font-medium ${numeric ? "text-right" : ""}`}>
      <button type="button" className="uppercase tracking-wide hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
        onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : numeric }))}>
        {text}{sort.key === key ? (sort.desc ? " ↓" : " ↑") : ""}
      </button>
    </th>
  );
  return (
    <TableScroll label={label}>
      <table className="w-full text-sm" data-testid={testId}>
        <thead>
          <tr className={HEAD_ROW}>
            {header("label", nameHeader, false)}
            {COLUMNS.map((c) => header(c.key, c.label, c.numeric))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.id} className={BODY_ROW}>
              <td className="py-2 pr-4">
                <Link href={r.href} className="font-medium text-slate-900 underline-offset-2 hover:underline"><UserText>{r.label}</UserText></Link>
                {r.tier !== undefined && (
                  <span className="block text-xs text-slate-600">
                    {r.tier ?? "no tier"}{r.efficient && <span className="ml-1.5 rounded bg-indigo-50 px-1 font-medium text-indigo-800" data-testid="efficient">efficient</span>}
                  </span>
                )}
              </td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCount(r.requests)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatPercent(r.requests ? r.scored / r.requests : null, 0)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{r.meanScore === null ? "–" : r.meanScore.toFixed(3)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatPercent(r.hallucinationRate)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatPercent(r.guardrailBlockRate, 2)}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{r.costPerRequestNano === null ? "–" : formatMoney(r.costPerRequestNano)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Table rows of features; each name links to the view filtered by it. */
export const featureRows = (xs: QualityFeature[], href: (key: string) => string): Row[] => xs.map((x) => ({ ...x, id: x.key, label: x.name, href: href(x.key) }));
/** Table rows of models; each name links to the view filtered by it. */
export const modelRows = (xs: QualityModel[], href: (m: QualityModel) => string): Row[] => xs.map((x) => ({ ...x, id: `${x.provider}/${x.model}`, label: x.model, href: href(x) }));
