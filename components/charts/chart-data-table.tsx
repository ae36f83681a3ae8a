import Link from "next/link";
import { TableScroll } from "@/components/ui/table";

/** A chart's data as rows; `rowKeys` (when given) name each row's entity, for links to its filtered view. */
export type ChartTable = { columns: string[]; rows: (string | number)[][]; rowKeys?: string[] };

/**
 * "View as table" under a chart: its data for screen readers and anyone who would
 * rather read. Free of the chart library, so charts drawn without it can use it too.
 */
export function ChartDataTable({ label, table, rowHref }: { label: string; table: ChartTable; rowHref?: (key: string) => string | undefined }) {
  return (
    <details className="mt-2 text-xs text-slate-700">
      <summary className="cursor-pointer select-none rounded text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-indigo-600">View as table</summary>
      <TableScroll label={`${label}: data`}>
        <table className="mt-2 w-full">
          <caption className="sr-only">{label}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left">
              {table.columns.map((c, i) => (
                <th key={c} scope="col" className={`py-1 pr-3 font-medium ${i > 0 ? "text-right" : ""}`}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i} className="border-b border-slate-100 last:border-0">
                {r.map((cell, j) => {
                  if (j > 0) return <td key={j} className="py-1 pr-3 text-right tabular-nums">{cell}</td>;
                  const key = table.rowKeys?.[i];
                  const href = key === undefined ? undefined : rowHref?.(key);
                  return <th key={j} scope="row" className="py-1 pr-3 text-left font-normal">{href ? <Link href={href} className="underline-offset-2 hover:underline">{cell}</Link> : cell}</th>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
