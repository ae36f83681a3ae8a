// One feature's P&L figures for a range, equal to its row of getPnl (lib/pnl/queries.ts;
// the integration test holds them equal) but computed from that feature's rollups and
// sketches only, from the monthly P&L of the range and of the period before it.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Filters } from "@/lib/filters/schema";
import type { FeatureDetail, MonthlyPnl } from "@/lib/pnl/feature-schemas";
import { marginPct, pnlStatus, projectMargin, type RevenueModel } from "@/lib/pnl/maths";
import { getMonthlyPnl } from "@/lib/pnl/monthly";
import { monthlySketchBlocks } from "@/lib/rollups/sketch-blocks";

type Feature = { id: string; key: string; revenueModel: RevenueModel };

const total = (months: MonthlyPnl[], k: "revenueNano" | "tokenCostNano" | "otherCostNano") => months.reduce((s, m) => s + BigInt(m[k]), 0n);

/** Distinct end users of one feature over [from, to] (the same sketch blocks the P&L merges). */
async function activeUsers(orgId: string, featureId: string, from: string, to: string): Promise<bigint> {
  const b = monthlySketchBlocks(from, to);
  const [row] = await sqlRows<{ n: bigint }>(
    getPool(),
    `SELECT hll_distinct(bit_or(s.bits)) AS n
       FROM unnest($3::int2[], $4::date[]) AS b(span, start)
       JOIN feature_user_sketches s ON s.org_id = $1 AND s.span = b.span AND s.start = b.start AND s.feature_id = $2
      GROUP BY s.feature_id`,
    [orgId, featureId, b.spans, b.starts],
  );
  return row?.n ?? 0n;
}

/** The feature's P&L for the range (margin of the period before included) and its months. */
export async function getFeaturePnl(orgId: string, fe: Feature, f: Pick<Filters, "from" | "to" | "prevFrom" | "prevTo">): Promise<{ pnl: FeatureDetail["pnl"]; monthly: MonthlyPnl[] }> {
  const [monthly, prev, users] = await Promise.all([
    getMonthlyPnl(orgId, { from: f.from, to: f.to, feature: fe.key }),
    getMonthlyPnl(orgId, { from: f.prevFrom, to: f.prevTo, feature: fe.key }),
    activeUsers(orgId, fe.id, f.from, f.to),
  ]);
  const requests = BigInt(monthly.reduce((s, m) => s + m.requests, 0));
  const [revenue, tokenCost, otherCost] = [total(monthly, "revenueNano"), total(monthly, "tokenCostNano"), total(monthly, "otherCostNano")];
  const margin = marginPct(revenue, tokenCost + otherCost);
  const parts = { revenueNano: revenue, tokenCostNano: tokenCost, otherCostNano: otherCost, revenueModel: fe.revenueModel };
  const pnl = {
    requests: Number(requests),
    activeUsers: Number(users),
    tokenCostNano: tokenCost.toString(),
    otherCostNano: otherCost.toString(),
    cogsNano: (tokenCost + otherCost).toString(),
    revenueNano: revenue.toString(),
    marginPct: margin,
    prevMarginPct: marginPct(total(prev, "revenueNano"), total(prev, "tokenCostNano") + total(prev, "otherCostNano")),
    costPerRequestNano: requests > 0n ? (tokenCost / requests).toString() : null,
    costPerUserNano: users > 0n ? (tokenCost / users).toString() : null,
    status: pnlStatus(margin),
    projection: { x10: { marginPct: projectMargin(parts, 10n) }, x100: { marginPct: projectMargin(parts, 100n) } },
  };
  return { pnl, monthly };
}
