"use client";

import { useState, type ReactNode } from "react";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";

/** A column: how to read its sort value and how to show a cell. */
export type Column<T> = { key: string; label: string; numeric?: boolean; value: (row: T) => number | string | null; cell?: (row: T) => ReactNode };

/**
 * The dashboard's sortable table: click a header to sort by it (numbers start
 * descending), nulls last; scrolls sideways inside its card on narrow screens.
 */
export function SortableTable<T>({ label, rows, columns, rowKey, initialSort, testId }: {
  label: string; rows: T[]; columns: Column<T>[]; rowKey: (row: T) => string; initialSort?: { key: string; desc: boolean }; testId?: string;
}) {
  const [sort, setSort] = useState(initialSort ?? { key: columns[0].key, desc: false });
  const col = columns.find((c) => c.key === sort.key) ?? columns[0];
  const sorted = [...rows].sort((a, b) => {
    const x = col.value(a), y = col.value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const c = x < y ? -1 : x > y ? 1 : 0;
    return sort.desc ? -c : c;
  });
  return (
    <TableScroll label={label}>
      <table className="w-full text-sm" data-testid={testId}>
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr className={HEAD_ROW}>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.desc ? "descending" : "ascending") : "none"} className={`whitespace-nowrap py-2 pr-4 font-medium ${c.numeric ? "text-right" : ""}`}>
                <button type="button" className="uppercase tracking-wide hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
                  onClick={() => setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : Boolean(c.numeric) }))}>
                  {c.label}{sort.key === c.key ? (sort.desc ? " ↓" : " ↑") : ""}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={rowKey(r)} className={BODY_ROW}>
              {columns.map((c) => (
                <td key={c.key} className={`py-2 pr-4 ${c.numeric ? "text-right tabular-nums" : ""}`}>{c.cell ? c.cell(r) : String(c.value(r) ?? "—")}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
