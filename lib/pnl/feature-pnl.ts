// One feature's P&L figures for a range, equal to its row of getPnl (lib/pnl/queries.ts;
// the integration test holds them equal) but computed from that feature's rollups and
// sketches only, from the monthly P&L of the range and of the period before it; the
// figures themselves come from the P&L's own pnlFigures.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Filters } from "@/lib/filters/schema";
import type { FeatureDetail, MonthlyPnl } from "@/lib/pnl/feature-schemas";
import { marginPct, type RevenueModel } from "@/lib/pnl/maths";
import { getMonthlyPnl, sumMonths } from "@/lib/pnl/monthly";
import { pnlFigures } from "@/lib/pnl/queries";
import { decomposeRange } from "@/lib/rollups/sketch-blocks";

type Feature = { id: string; key: string; revenueModel: RevenueModel };

/** Distinct end users of one feature over [from, to] (the range's fewest sketch blocks, as the P&L merges them). */
async function activeUsers(orgId: string, featureId: string, from: string, to: string): Promise<bigint> {
  const b = decomposeRange(from, to);
  const [row] = await sqlRows<{ n: bigint }>(
    getPool(),
    `SELECT hll_distinct(bit_or(s.bits)) AS n
       FROM unnest($3::int2[], $4::date[]) AS b(span, start)
       JOIN feature_user_sketches s ON s.org_id = $1 AND s.span = b.span AND s.start = b.start AND s.feature_id = $2
      GROUP BY s.feature_id`,
    [orgId, featureId, b.map((x) => x.span), b.map((x) => x.start)],
  );
  return row?.n ?? 0n;
}

/** The feature's P&L for the range (margin of the period before included) and its months. */
export async function getFeaturePnl(orgId: string, fe: Feature, f: Pick<Filters, "from" | "to" | "prevFrom" | "prevTo">): Promise<{ pnl: FeatureDetail["pnl"]; monthly: MonthlyPnl[] }> {
  const [monthly, prevMonths, users] = await Promise.all([
    getMonthlyPnl(orgId, { from: f.from, to: f.to, feature: fe.key }),
    getMonthlyPnl(orgId, { from: f.prevFrom, to: f.prevTo, feature: fe.key }),
    activeUsers(orgId, fe.id, f.from, f.to),
  ]);
  const t = sumMonths(monthly);
  const prev = sumMonths(prevMonths);
  const pnl = {
    ...pnlFigures({ requests: t.requests, users, tokenCost: t.tokenCost, otherCost: t.otherCost, revenue: t.revenue, model: fe.revenueModel }),
    prevMarginPct: marginPct(prev.revenue, prev.tokenCost + prev.otherCost),
  };
  return { pnl, monthly };
}
