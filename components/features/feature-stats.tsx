import { Stat } from "@/components/ui/stat";
import { formatCount, formatMarginPct, formatMoney } from "@/lib/format/number";
import type { FeatureDetail } from "@/lib/pnl/feature-schemas";
import type { PnlStatus } from "@/lib/pnl/maths";
import { STATUS_LABEL, STATUS_PILL_CLASS } from "@/components/pnl/status";

const STATUS_CLASS: Record<PnlStatus, string> = { healthy: "text-emerald-700", profitable: "text-slate-900", losing: "text-rose-700", no_revenue: "text-amber-800" };

/** How the feature earns, for the revenue tile's hint. */
function revenueHint(f: FeatureDetail["feature"]): string {
  if (f.revenueModel === "monthly") return "entered monthly";
  const price = f.unitPriceNano === null ? "no price set" : formatMoney(f.unitPriceNano);
  return f.revenueModel === "per_request" ? `${price} per request` : `${price} per active user a month`;
}

/** The feature's tiles: volume, unit cost, revenue, COGS, margin (coloured, with its status in words) and margin at scale. */
export function FeatureStats({ data }: { data: FeatureDetail }) {
  const p = data.pnl;
  const x10 = p.projection.x10.marginPct;
  const x100 = p.projection.x100.marginPct;
  const breaks = (p.marginPct ?? 0) > 0 && ((x10 ?? 0) < 0 || (x100 ?? 0) < 0);
  return (
    <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
      <Stat label="Requests" value={formatCount(p.requests, { compact: true })} hint={`${formatCount(p.requests)} in ${data.range.days} days`} />
      <Stat label="End users" value={formatCount(p.activeUsers, { compact: true })} hint={p.costPerUserNano === null ? "no identified users" : `${formatMoney(p.costPerUserNano)} per user`} />
      <Stat label="Cost per request" value={p.costPerRequestNano === null ? "–" : formatMoney(p.costPerRequestNano)} hint="token cost, rollups" />
      <Stat label="Revenue" value={formatMoney(p.revenueNano, { compact: true })} hint={revenueHint(data.feature)} />
      <Stat label="AI COGS" value={formatMoney(p.cogsNano, { compact: true })} hint={`${formatMoney(p.tokenCostNano, { compact: true })} tokens + ${formatMoney(p.otherCostNano, { compact: true })} other`} />
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Margin</p>
        <p className={`mt-1 text-2xl font-semibold tabular-nums ${STATUS_CLASS[p.status]}`} data-testid="stat-margin">{formatMarginPct(p.marginPct)}</p>
        <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-500">
          <span className={`rounded px-1.5 py-0.5 font-medium ${STATUS_PILL_CLASS[p.status]}`} data-testid="margin-status">{STATUS_LABEL[p.status]}</span>
          <span>{p.prevMarginPct === null ? "none the period before" : `${formatMarginPct(p.prevMarginPct)} the period before`}</span>
        </p>
      </div>
      <div className="col-span-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Margin at 10× / 100× volume</p>
        <p className={`mt-1 text-2xl font-semibold tabular-nums ${breaks ? "text-rose-700" : "text-slate-900"}`} data-testid="stat-scale">
          {formatMarginPct(x10)} <span className="text-slate-400">/</span> {formatMarginPct(x100)}
        </p>
        <p className="mt-1 text-xs text-slate-500">
          {breaks ? "Turns negative at scale: token cost grows with requests, revenue does not." : data.feature.revenueModel === "monthly" ? "Monthly revenue stays fixed; token cost scales with requests." : "Revenue and token cost both scale with volume."}
        </p>
      </div>
    </div>
  );
}
