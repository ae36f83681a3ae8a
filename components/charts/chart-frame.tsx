"use client";

import { ResponsiveContainer } from "recharts";

/** Fixed-height responsive box every chart draws in. */
export function ChartFrame({ height = 260, children, label }: { height?: number; children: React.ReactElement; label: string }) {
  return (
    <div role="img" aria-label={label} style={{ height }} className="w-full" data-testid="chart">
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}
