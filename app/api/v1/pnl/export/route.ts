// GET /api/v1/pnl/export?from&to[&team] – the feature P&L as CSV, named with its range
import { csvFileName, csvResponse } from "@/lib/api/csv";
import { orgReadRoute } from "@/lib/api/read-route";
import { pnlQuerySchema } from "@/lib/pnl/schemas";
import { nanoToUsdString } from "@/lib/money";
import { getPnl } from "@/lib/pnl/queries";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: pnlQuerySchema() }, async ({ orgId, query }) => {
  const p = await getPnl(orgId, query);
  const header = ["feature_key", "feature", "team", "revenue_model", "requests", "active_users", "token_cost_usd", "other_cost_usd", "cogs_usd", "revenue_usd", "margin_pct", "prev_margin_pct", "status", "margin_pct_x10", "margin_pct_x100"];
  const rows = p.features.map((f) => [
    f.key, f.name, f.team, f.revenueModel, f.requests, f.activeUsers,
    nanoToUsdString(f.tokenCostNano), nanoToUsdString(f.otherCostNano), nanoToUsdString(f.cogsNano), nanoToUsdString(f.revenueNano),
    f.marginPct, f.prevMarginPct, f.status, f.projection.x10.marginPct, f.projection.x100.marginPct,
  ]);
  return csvResponse(csvFileName(["costwise", "pnl", p.range.from, p.range.to]), header, rows);
});
