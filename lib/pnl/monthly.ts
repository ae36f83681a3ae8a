// The P&L per calendar month of a range, for every feature, one team's or one
// feature's, in SQL over the rollups. The amounts follow PNL_SQL (lib/pnl/queries.ts)
// term by term: a month's other costs and entered revenue are prorated by its days
// in the range (each row rounded half up to the nano), entered revenue counts only
// for monthly-revenue features, per-request revenue is price × requests, and
// per-user revenue is price × the month's distinct users (sketches of the month's
// days in the range), prorated. So the months add up to the P&L's figures exactly;
// the integration test holds the two to that. Unlike PNL_SQL it reads only the
// selected features' rollup rows and the per-user features' sketches, so one
// feature's trend stays cheap at any traffic.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { MonthlyPnl } from "@/lib/pnl/feature-schemas";
import { marginPct } from "@/lib/pnl/maths";
import { monthlySketchBlocks } from "@/lib/rollups/sketch-blocks";

// $1 org, $2 from, $3 to, $4 team key or null, $5 feature key or null, $6–$8 the range's sketch blocks per month
const MONTHLY_SQL = `
WITH f AS (
  SELECT fe.id, fe.revenue_model, coalesce(fe.unit_price_nano, 0) AS unit_price
    FROM features fe LEFT JOIN teams t ON t.org_id = fe.org_id AND t.id = fe.team_id
   WHERE fe.org_id = $1 AND ($4::text IS NULL OR t.key = $4) AND ($5::text IS NULL OR fe.key = $5)
),
months AS (
  SELECT m::date AS month,
         greatest(0, least($3::date, (m + interval '1 month')::date - 1) - greatest($2::date, m::date) + 1) AS days,
         ((m + interval '1 month')::date - m::date) AS dim
    FROM generate_series(date_trunc('month', $2::date), $3::date, interval '1 month') AS m
),
usage AS (
  SELECT date_trunc('month', x.day)::date AS month, sum(x.requests)::int8 AS requests, sum(x.cost_nano) AS cost,
         sum(CASE WHEN f.revenue_model = 'per_request' THEN f.unit_price::numeric * x.requests ELSE 0 END) AS per_request
    FROM f JOIN daily_rollups x ON x.org_id = $1 AND x.feature_id = f.id AND x.day BETWEEN $2 AND $3
   GROUP BY 1
),
other AS (
  SELECT c.month, sum(div(c.amount_nano::numeric * m.days * 2 + m.dim, 2 * m.dim)) AS amount
    FROM feature_costs c JOIN months m ON m.month = c.month JOIN f ON f.id = c.feature_id WHERE c.org_id = $1 GROUP BY c.month
),
entered AS (
  SELECT r.month, sum(div(r.amount_nano::numeric * m.days * 2 + m.dim, 2 * m.dim)) AS amount
    FROM feature_revenues r JOIN months m ON m.month = r.month JOIN f ON f.id = r.feature_id AND f.revenue_model = 'monthly'
   WHERE r.org_id = $1 GROUP BY r.month
),
monthly_users AS (
  SELECT b.month, f.unit_price, hll_distinct(bit_or(s.bits)) AS n
    FROM unnest($6::date[], $7::int2[], $8::date[]) AS b(month, span, start)
    JOIN f ON f.revenue_model = 'per_user'
    JOIN feature_user_sketches s ON s.org_id = $1 AND s.span = b.span AND s.start = b.start AND s.feature_id = f.id
   GROUP BY b.month, f.id, f.unit_price
),
per_user AS (
  SELECT mu.month, sum(div(mu.unit_price::numeric * mu.n * m.days * 2 + m.dim, 2 * m.dim)) AS amount
    FROM monthly_users mu JOIN months m ON m.month = mu.month GROUP BY mu.month
)
SELECT to_char(m.month, 'YYYY-MM') AS month, m.days, m.dim, coalesce(u.requests, 0) AS requests,
       coalesce(u.cost, 0)::text AS token_cost, coalesce(o.amount, 0)::text AS other_cost,
       (coalesce(e.amount, 0) + coalesce(u.per_request, 0) + coalesce(p.amount, 0))::text AS revenue
  FROM months m
  LEFT JOIN usage u ON u.month = m.month
  LEFT JOIN other o ON o.month = m.month
  LEFT JOIN entered e ON e.month = m.month
  LEFT JOIN per_user p ON p.month = m.month
 ORDER BY m.month`;

type Row = { month: string; days: number; dim: number; requests: bigint; token_cost: string; other_cost: string; revenue: string };

/**
 * One row per calendar month overlapping [from, to], oldest first: requests, revenue,
 * token and other costs, COGS and margin of every feature, one team's, or one feature's
 * (a team or feature key of another org simply matches nothing).
 */
export async function getMonthlyPnl(orgId: string, f: { from: string; to: string; team?: string | null; feature?: string | null }): Promise<MonthlyPnl[]> {
  const b = monthlySketchBlocks(f.from, f.to);
  const rows = await sqlRows<Row>(getPool(), MONTHLY_SQL, [orgId, f.from, f.to, f.team ?? null, f.feature ?? null, b.months, b.spans, b.starts]);
  return rows.map((r) => {
    const [revenue, tokenCost, otherCost] = [BigInt(r.revenue), BigInt(r.token_cost), BigInt(r.other_cost)];
    return {
      month: r.month,
      days: r.days,
      daysInMonth: r.dim,
      requests: Number(r.requests),
      revenueNano: revenue.toString(),
      tokenCostNano: tokenCost.toString(),
      otherCostNano: otherCost.toString(),
      cogsNano: (tokenCost + otherCost).toString(),
      marginPct: marginPct(revenue, tokenCost + otherCost),
    };
  });
}

/**
 * Revenue, AI COGS and margin of all features (or one team's, or one feature) in
 * [from, to]: the P&L's totals, summed over the months, without the comparison period.
 */
export async function getPnlSummary(orgId: string, f: { from: string; to: string; team?: string | null; feature?: string | null }): Promise<{ revenueNano: string; cogsNano: string; marginPct: number | null; prorated: boolean }> {
  const months = await getMonthlyPnl(orgId, f);
  const t = sumMonths(months);
  const cogs = t.tokenCost + t.otherCost;
  return { revenueNano: t.revenue.toString(), cogsNano: cogs.toString(), marginPct: marginPct(t.revenue, cogs), prorated: months.some((m) => m.days < m.daysInMonth) };
}

/** The months of a range added up: requests, revenue, token and other costs (exact; the months add up to the P&L). */
export function sumMonths(months: MonthlyPnl[]): { requests: bigint; revenue: bigint; tokenCost: bigint; otherCost: bigint } {
  return months.reduce(
    (t, m) => ({ requests: t.requests + BigInt(m.requests), revenue: t.revenue + BigInt(m.revenueNano), tokenCost: t.tokenCost + BigInt(m.tokenCostNano), otherCost: t.otherCost + BigInt(m.otherCostNano) }),
    { requests: 0n, revenue: 0n, tokenCost: 0n, otherCost: 0n },
  );
}
