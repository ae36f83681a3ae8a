// How a P&L status reads and looks, wherever a feature's status is shown.
import type { PnlStatus } from "@/lib/pnl/maths";

export const STATUS_LABEL: Record<PnlStatus, string> = { healthy: "healthy", profitable: "profitable", losing: "losing money", no_revenue: "no revenue" };
/** A status pill's colours (background and text). */
export const STATUS_PILL_CLASS: Record<PnlStatus, string> = { healthy: "bg-emerald-50 text-emerald-800", profitable: "bg-slate-100 text-slate-800", losing: "bg-rose-50 text-rose-800", no_revenue: "bg-amber-50 text-amber-900" };
