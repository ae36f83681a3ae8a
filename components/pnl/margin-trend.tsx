import { Card } from "@/components/ui/card";
import { MarginTrendChart } from "@/components/charts/margin-trend-chart";
import { prepareMonthlyMargin } from "@/lib/charts/prepare-feature";
import type { MonthlyPnl } from "@/lib/pnl/feature-schemas";

/** Contribution margin per calendar month (all features of the view), up to the month the range ends in. */
export function MarginTrend({ monthly, scope }: { monthly: MonthlyPnl[]; scope: string }) {
  const m = prepareMonthlyMargin(monthly);
  return (
    <Card title="Margin by month" subtitle={`${scope}, ${monthly.length} months to the end of the range${m.partial ? "; * a month only partly elapsed (prorated)" : ""}; dashed lines at break-even and 50%`}>
      <MarginTrendChart data={m.data} ticks={m.ticks} label="Contribution margin by month" table={m.table} />
    </Card>
  );
}
