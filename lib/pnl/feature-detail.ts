// One feature's P&L page: its P&L row for the range, the monthly trend, daily cost
// and requests, cost by model and tier (rollups), the cost-per-request distribution
// and top end users (a bounded sample of raw events), and its entered revenue with
// every change. Everything is scoped to the caller's org; another org's key is 404.
import "server-only";
import { notFound } from "@/lib/api/errors";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Filters } from "@/lib/filters/schema";
import { getCostSample } from "@/lib/pnl/cost-sample";
import type { FeatureDetail } from "@/lib/pnl/feature-schemas";
import { getFeaturePnl } from "@/lib/pnl/feature-pnl";
import type { RevenueModel } from "@/lib/pnl/maths";
import { monthSlices } from "@/lib/pnl/month-slices";
import { getRevenueEntries } from "@/lib/pnl/revenue-history";
import type { SampleLimits, SampleMethod } from "@/lib/pnl/sample-plan";
import type { Tier } from "@/lib/pricing/tiers";

type FeatureRow = { id: string; key: string; name: string; registered: boolean; revenue_model: RevenueModel; unit_price: string | null; team_key: string | null; team_name: string | null };

export type DetailFilters = Pick<Filters, "from" | "to" | "days" | "prevFrom" | "prevTo" | "partialDay">;

/** The feature with this key in the org, or a 404 (the same for another org's key). */
export async function getFeatureOrThrow(orgId: string, key: string): Promise<FeatureRow> {
  const [row] = await sqlRows<FeatureRow>(
    getPool(),
    `SELECT fe.id, fe.key, fe.name, fe.registered, fe.revenue_model, fe.unit_price_nano::text AS unit_price, t.key AS team_key, t.name AS team_name
       FROM features fe LEFT JOIN teams t ON t.org_id = fe.org_id AND t.id = fe.team_id
      WHERE fe.org_id = $1 AND fe.key = $2`,
    [orgId, key],
  );
  if (!row) throw notFound("feature");
  return row;
}

/**
 * Everything the feature detail shows for [from, to]. `now` decides where the
 * newest-requests sample starts; `sampleLimits` bound the sample and `sampleMethod`
 * overrides how it is read (tests pin both).
 */
export async function getFeatureDetail(orgId: string, key: string, f: DetailFilters, opts: { now?: Date; sampleLimits?: SampleLimits; sampleMethod?: SampleMethod } = {}): Promise<FeatureDetail> {
  const fe = await getFeatureOrThrow(orgId, key);
  const pool = getPool();
  const range = [orgId, fe.id, f.from, f.to];
  const dailyP = sqlRows<{ day: string; cost: string; requests: bigint }>(
    pool,
    `SELECT d::date AS day, coalesce(sum(x.cost_nano), 0)::text AS cost, coalesce(sum(x.requests), 0)::int8 AS requests
       FROM generate_series($3::date, $4::date, interval '1 day') AS d
       LEFT JOIN daily_rollups x ON x.org_id = $1 AND x.feature_id = $2 AND x.day = d::date
      GROUP BY 1 ORDER BY 1`,
    range,
  );
  // the sample's windows need the feature's requests per day
  const sampleP = dailyP.then((daily) =>
    getCostSample(orgId, fe.id, { from: f.from, to: f.to, requests: daily.reduce((s, d) => s + Number(d.requests), 0), featureDaily: new Map(daily.map((d) => [d.day, Number(d.requests)])), now: opts.now, limits: opts.sampleLimits, method: opts.sampleMethod }),
  );
  const [{ pnl, monthly }, daily, models, revenue, sample] = await Promise.all([
    getFeaturePnl(orgId, { id: fe.id, key: fe.key, revenueModel: fe.revenue_model }, f),
    dailyP,
    sqlRows<{ provider: string; model: string; tier: Tier | null; cost: string; requests: bigint }>(
      pool,
      `SELECT x.provider, x.model, mt.tier, sum(x.cost_nano)::text AS cost, sum(x.requests)::int8 AS requests
         FROM daily_rollups x
         LEFT JOIN model_tiers mt ON mt.org_id = x.org_id AND mt.provider = x.provider AND mt.model = x.model
        WHERE x.org_id = $1 AND x.feature_id = $2 AND x.day BETWEEN $3 AND $4
        GROUP BY x.provider, x.model, mt.tier HAVING sum(x.requests) <> 0 ORDER BY sum(x.cost_nano) DESC, x.model`,
      range,
    ),
    getRevenueEntries(orgId, fe.id, fe.key, monthSlices(f.from, f.to).map((s) => s.month)),
    sampleP,
  ]);
  const tiers = new Map<Tier | null, { cost: bigint; requests: number }>();
  for (const m of models) {
    const t = tiers.get(m.tier) ?? { cost: 0n, requests: 0 };
    tiers.set(m.tier, { cost: t.cost + BigInt(m.cost), requests: t.requests + Number(m.requests) });
  }
  return {
    feature: {
      key: fe.key, name: fe.name, registered: fe.registered,
      team: fe.team_key === null ? null : { key: fe.team_key, name: fe.team_name ?? fe.team_key },
      revenueModel: fe.revenue_model, unitPriceNano: fe.revenue_model === "monthly" ? null : fe.unit_price,
    },
    range: { from: f.from, to: f.to, days: f.days, prevFrom: f.prevFrom, prevTo: f.prevTo, partialDay: f.partialDay, prorated: monthly.some((m) => m.days < m.daysInMonth) },
    pnl,
    monthly,
    daily: daily.map((d) => ({ day: d.day, costNano: d.cost, requests: Number(d.requests) })),
    models: models.map((m) => ({ provider: m.provider, model: m.model, tier: m.tier, costNano: m.cost, requests: Number(m.requests) })),
    tiers: [...tiers].map(([tier, t]) => ({ tier, costNano: t.cost.toString(), requests: t.requests })).sort((a, b) => byCostDesc(BigInt(a.costNano), BigInt(b.costNano))),
    ...sample,
    revenue,
  };
}

const byCostDesc = (a: bigint, b: bigint) => (a === b ? 0 : a > b ? -1 : 1);
