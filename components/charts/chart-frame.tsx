"use client";

import { ResponsiveContainer } from "recharts";
import { ChartDataTable, type ChartTable } from "@/components/charts/chart-data-table";

export type { ChartTable };

/**
 * The box every chart draws in, with its data as a table: screen readers and
 * anyone who would rather read get "View as table" (charts themselves are not
 * tab stops: Recharts' keyboard layer is off, since it announces nothing useful).
 */
export function ChartFrame({ height = 260, children, label, table, rowHref }: { height?: number; children: React.ReactElement; label: string; table?: ChartTable; rowHref?: (key: string) => string | undefined }) {
  return (
    <figure className="w-full" data-testid="chart">
      <div role="img" aria-label={`${label}${table ? " (the data is in the table below)" : ""}`} style={{ height }} className="w-full">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      {table && <ChartDataTable label={label} table={table} rowHref={rowHref} />}
    </figure>
  );
}
