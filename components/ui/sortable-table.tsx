"use client";

import { useState, type ReactNode } from "react";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";

export type SortableColumn<T> = {
  key: string;
  label: string;
  numeric?: boolean;
  /** what the column sorts by (null sorts last) */
  sortValue: (row: T) => number | string | bigint | null;
  cell: (row: T) => ReactNode;
};

const compare = (x: number | string | bigint | null, y: number | string | bigint | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1);

/** A data table sortable by any column (click a header; numbers sort largest first), scrolling sideways on narrow screens. */
export function SortableTable<T>({ label, rows, columns, rowKey, initialSort, testId }: {
  label: string; rows: T[]; columns: SortableColumn<T>[]; rowKey: (row: T) => string; initialSort: { key: string; desc: boolean }; testId?: string;
}) {
  const [sort, setSort] = useState(initialSort);
  const col = columns.find((c) => c.key === sort.key) ?? columns[0];
  const sorted = [...rows].sort((a, b) => {
    const x = col.sortValue(a), y = col.sortValue(b);
    if (x === null || y === null) return compare(x, y) || rowKey(a).localeCompare(rowKey(b)); // unknowns last either way
    const c = compare(x, y) || rowKey(a).localeCompare(rowKey(b));
    return sort.desc ? -c : c;
  });
  return (
    <TableScroll label={label}>
      <table className="w-full text-sm" data-testid={testId}>
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr className={HEAD_ROW}>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.desc ? "descending" : "ascending") : "none"} className={`py-2 pr-4 font-medium last:pr-0 ${c.numeric ? "text-right" : ""}`}>
                <button type="button" className="uppercase tracking-wide hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600"
                  onClick={() => setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : !!c.numeric }))}>
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
                <td key={c.key} className={`py-2 pr-4 last:pr-0 ${c.numeric ? "text-right tabular-nums" : ""}`}>{c.cell(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
