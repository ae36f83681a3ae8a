// Feature P&L from the rollups, in SQL: usage and token cost per feature, other
// monthly costs and entered revenue prorated by the days of each month the range
// covers, and revenue derived from a per-request or per-user price where declared.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Filters } from "@/lib/filters/schema";
import { marginPct, pnlStatus, projectMargin, type RevenueModel } from "@/lib/pnl/maths";
import type { Pnl, PnlFeature } from "@/lib/pnl/schemas";
import { decomposeRange, monthlySketchBlocks } from "@/lib/rollups/sketch-blocks";

type Row = {
  key: string;
  name: string;
  team: string | null;
  revenue_model: RevenueModel;
  requests: bigint;
  users: bigint;
  /** distinct end users of all the listed features together (the same on every row) */
  total_users: bigint;
  token_cost: string;
  other_cost: string;
  revenue: string;
};

// $1 org, $2 from, $3 to, $4 team key or null, $5–$7 sketch blocks per month, $8–$9 sketch
// blocks of the whole range (users; empty arrays skip them). A month's share is its days in the
// range over its length; prorated amounts round half up to the nano.
export const PNL_SQL = `
WITH f AS (
  SELECT fe.id, fe.key, fe.name, fe.revenue_model, coalesce(fe.unit_price_nano, 0) AS unit_price, t.key AS team
    FROM features fe LEFT JOIN teams t ON t.org_id = fe.org_id AND t.id = fe.team_id
   WHERE fe.org_id = $1 AND ($4::text IS NULL OR t.key = $4)
),
months AS (
  SELECT m::date AS month, (m + interval '1 month')::date AS next,
         greatest(0, least($3::date, (m + interval '1 month')::date - 1) - greatest($2::date, m::date) + 1) AS days,
         ((m + interval '1 month')::date - m::date) AS dim
    FROM generate_series(date_trunc('month', $2::date), $3::date, interval '1 month') AS m
),
usage AS (
  SELECT feature_id, sum(requests)::int8 AS requests, sum(cost_nano) AS cost
    FROM daily_rollups WHERE org_id = $1 AND day BETWEEN $2 AND $3 GROUP BY feature_id
),
-- distinct end users per feature over the whole range ($8, $9: the fewest sketch
-- blocks covering it, lib/rollups/sketch-blocks.ts; empty when not needed)
rsk AS (
  SELECT s.feature_id, bit_or(s.bits) AS bits
    FROM unnest($8::int2[], $9::date[]) AS b(span, start)
    JOIN feature_user_sketches s ON s.org_id = $1 AND s.span = b.span AND s.start = b.start
   WHERE s.feature_id IN (SELECT id FROM f)
   GROUP BY 1
),
users AS (
  SELECT feature_id, hll_distinct(bits) AS n FROM rsk
),
-- per-user revenue needs each month's distinct users, so only per-user features'
-- sketches are merged per month ($5, $6, $7: the range's blocks split at months)
monthly_users AS (
  SELECT s.feature_id, m.month, m.days, m.dim, hll_distinct(bit_or(s.bits)) AS n
    FROM unnest($5::date[], $6::int2[], $7::date[]) AS b(month, span, start)
    JOIN months m ON m.month = b.month
    JOIN feature_user_sketches s ON s.org_id = $1 AND s.span = b.span AND s.start = b.start
   WHERE s.feature_id IN (SELECT id FROM f WHERE revenue_model = 'per_user')
   GROUP BY s.feature_id, m.month, m.days, m.dim
),
other AS (
  SELECT c.feature_id, sum(div(c.amount_nano::numeric * m.days * 2 + m.dim, 2 * m.dim)) AS amount
    FROM feature_costs c JOIN months m ON m.month = c.month WHERE c.org_id = $1 GROUP BY c.feature_id
),
entered AS (
  SELECT r.feature_id, sum(div(r.amount_nano::numeric * m.days * 2 + m.dim, 2 * m.dim)) AS amount
    FROM feature_revenues r JOIN months m ON m.month = r.month WHERE r.org_id = $1 GROUP BY r.feature_id
),
per_user AS (
  SELECT mu.feature_id, sum(div(f.unit_price::numeric * mu.n * mu.days * 2 + mu.dim, 2 * mu.dim)) AS amount
    FROM monthly_users mu JOIN f ON f.id = mu.feature_id GROUP BY mu.feature_id
)
SELECT f.key, f.name, f.team, f.revenue_model,
       coalesce(u.requests, 0) AS requests, coalesce(us.n, 0) AS users,
       (SELECT hll_distinct(bit_or(bits)) FROM rsk) AS total_users,
       coalesce(u.cost, 0)::text AS token_cost, coalesce(o.amount, 0)::text AS other_cost,
       (CASE f.revenue_model
          WHEN 'monthly' THEN coalesce(e.amount, 0)
          WHEN 'per_request' THEN f.unit_price::numeric * coalesce(u.requests, 0)
          ELSE coalesce(pu.amount, 0) END)::text AS revenue
  FROM f
  LEFT JOIN usage u ON u.feature_id = f.id
  LEFT JOIN users us ON us.feature_id = f.id
  LEFT JOIN other o ON o.feature_id = f.id
  LEFT JOIN entered e ON e.feature_id = f.id
  LEFT JOIN per_user pu ON pu.feature_id = f.id
 WHERE coalesce(u.requests, 0) > 0 OR o.amount > 0 OR e.amount > 0
 ORDER BY coalesce(u.cost, 0) + coalesce(o.amount, 0) DESC, f.key`;

type Figures = Omit<PnlFeature, "key" | "name" | "team" | "revenueModel" | "prevMarginPct">;

/** A P&L row's figures from its sums: COGS, margin, status, unit costs and the 10×/100× projection. */
export function pnlFigures(p: { requests: bigint; users: bigint; tokenCost: bigint; otherCost: bigint; revenue: bigint; model: RevenueModel }): Figures {
  const cogs = p.tokenCost + p.otherCost;
  const margin = marginPct(p.revenue, cogs);
  const parts = { tokenCostNano: p.tokenCost, otherCostNano: p.otherCost, revenueNano: p.revenue, revenueModel: p.model };
  return {
    requests: Number(p.requests),
    activeUsers: Number(p.users),
    tokenCostNano: p.tokenCost.toString(),
    otherCostNano: p.otherCost.toString(),
    cogsNano: cogs.toString(),
    revenueNano: p.revenue.toString(),
    marginPct: margin,
    costPerRequestNano: p.requests > 0n ? (p.tokenCost / p.requests).toString() : null,
    costPerUserNano: p.users > 0n ? (p.tokenCost / p.users).toString() : null,
    status: pnlStatus(margin),
    projection: { x10: { marginPct: projectMargin(parts, 10n) }, x100: { marginPct: projectMargin(parts, 100n) } },
  };
}

async function period(orgId: string, from: string, to: string, team: string | null, opts: { users: boolean }) {
  const monthly = monthlySketchBlocks(from, to);
  const range = opts.users ? decomposeRange(from, to) : [];
  const rows = await sqlRows<Row>(getPool(), PNL_SQL, [
    orgId, from, to, team, monthly.months, monthly.spans, monthly.starts, range.map((b) => b.span), range.map((b) => b.start),
  ]);
  return { rows, totalUsers: rows[0]?.total_users ?? 0n };
}

/**
 * The P&L of every feature with usage, other costs or revenue in [from, to]
 * (optionally one team's), with last period's margin for comparison (unless
 * `previous: false`).
 */
export async function getPnl(orgId: string, f: Pick<Filters, "from" | "to" | "days" | "prevFrom" | "prevTo" | "team">, opts: { previous?: boolean; users?: boolean } = {}): Promise<Pnl> {
  // without the previous period (callers that do not show it), prevMarginPct is null throughout;
  // without users (callers that need margins only), activeUsers and cost per user are 0 and null
  const noRows = { rows: [] as Row[], totalUsers: 0n };
  // the previous period is read for its margin only: no distinct users
  const [cur, prev] = await Promise.all([period(orgId, f.from, f.to, f.team, { users: opts.users !== false }), opts.previous === false ? noRows : period(orgId, f.prevFrom, f.prevTo, f.team, { users: false })]);
  const prevMargin = new Map(prev.rows.map((r) => [r.key, marginPct(BigInt(r.revenue), BigInt(r.token_cost) + BigInt(r.other_cost))]));
  const features = cur.rows.map((r) => ({
    key: r.key,
    name: r.name,
    team: r.team,
    revenueModel: r.revenue_model,
    ...pnlFigures({ requests: r.requests, users: r.users, tokenCost: BigInt(r.token_cost), otherCost: BigInt(r.other_cost), revenue: BigInt(r.revenue), model: r.revenue_model }),
    prevMarginPct: prevMargin.get(r.key) ?? null,
  }));
  const sum = (rows: Row[], k: "token_cost" | "other_cost" | "revenue") => rows.reduce((s, r) => s + BigInt(r[k]), 0n);
  // totals project each feature by its own revenue model: fixed revenue counted once, scaled revenue ×k
  const scaled = cur.rows.filter((r) => r.revenue_model !== "monthly");
  const fixedRevenue = sum(cur.rows, "revenue") - sum(scaled, "revenue");
  const totalParts = (k: bigint) => marginPct(fixedRevenue + sum(scaled, "revenue") * k, sum(cur.rows, "token_cost") * k + sum(cur.rows, "other_cost"));
  const totals = pnlFigures({
    requests: cur.rows.reduce((s, r) => s + r.requests, 0n),
    users: cur.totalUsers,
    tokenCost: sum(cur.rows, "token_cost"),
    otherCost: sum(cur.rows, "other_cost"),
    revenue: sum(cur.rows, "revenue"),
    model: "monthly",
  });
  return {
    range: { from: f.from, to: f.to, days: f.days, prevFrom: f.prevFrom, prevTo: f.prevTo, prorated: !coversWholeMonths(f.from, f.to) },
    features,
    totals: {
      ...totals,
      projection: { x10: { marginPct: totalParts(10n) }, x100: { marginPct: totalParts(100n) } },
      prevMarginPct: marginPct(sum(prev.rows, "revenue"), sum(prev.rows, "token_cost") + sum(prev.rows, "other_cost")),
    },
  };
}

/** True when the range starts on a month's first day and ends on a month's last. */
function coversWholeMonths(from: string, to: string): boolean {
  const next = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000);
  return from.endsWith("-01") && next.getUTCDate() === 1;
}
