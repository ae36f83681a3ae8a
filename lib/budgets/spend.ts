// Spend of budgets from the daily rollups (summed over shards, per UTC day): per
// budget its current period and N past periods in one grouped query, and its
// daily spend over the forecast's look-back window in another; then the
// weekday-seasonal forecast to the period's end (lib/forecast/seasonal.ts).
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, type Queryable } from "@/lib/database/pool";
import { forecastSeasonal, SEASONAL_WINDOW_DAYS, type SeasonalForecast } from "@/lib/forecast/seasonal";
import { pastPeriods, periodContaining, periodDayRange, type BudgetPeriod, type PeriodRange } from "@/lib/budgets/periods";
import { DAY_MS, isoDay, utcMidnight } from "@/lib/time/utc-days";

/** What is measured: a team's spend (`teamId`) or a feature's (`featureId`). */
export type BudgetTarget = { id: string; teamId: string | null; featureId: string | null; period: BudgetPeriod; amountNano: bigint };

export type BudgetFigures = {
  range: PeriodRange;
  spentNano: bigint;
  todayNano: bigint;
  forecast: SeasonalForecast;
  /** most recent first */
  past: { range: PeriodRange; spentNano: bigint }[];
  /** spend per UTC day of the current period up to today (days without spend omitted) */
  days: { day: number; nano: bigint }[];
};

const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

// A row of the `q` table: which rollups (team or feature, from–to day) one figure sums.
const TARGETS = `unnest($2::uuid[], $3::uuid[], $4::date[], $5::date[]) WITH ORDINALITY AS q(team_id, feature_id, from_day, to_day, i)`;
const MATCH = `r.org_id = $1 AND r.day >= q.from_day AND r.day <= q.to_day
   AND (q.team_id IS NULL OR r.team_id = q.team_id) AND (q.feature_id IS NULL OR r.feature_id = q.feature_id)`;

type Query = { target: BudgetTarget; from: string; to: string };
const params = (orgId: string, qs: Query[]) => [orgId, qs.map((q) => q.target.teamId), qs.map((q) => q.target.featureId), qs.map((q) => q.from), qs.map((q) => q.to)];

/** Current-period and past-period spend plus forecast of each budget at `now`. */
export async function budgetFigures(orgId: string, budgets: BudgetTarget[], now: Date, opts: { pastPeriods?: number; db?: Queryable } = {}): Promise<Map<string, BudgetFigures>> {
  const out = new Map<string, BudgetFigures>();
  if (budgets.length === 0) return out;
  const db = opts.db ?? getPool();
  const today = utcMidnight(now);
  const periods = budgets.map((b) => [periodContaining(b.period, now), ...pastPeriods(b.period, now, opts.pastPeriods ?? 0)]);
  const buckets: (Query & { budget: number; k: number })[] = [];
  budgets.forEach((b, n) => periods[n].forEach((r, k) => buckets.push({ target: b, ...periodDayRange(r), budget: n, k })));
  const windows: Query[] = budgets.map((b, n) => ({ target: b, from: isoDay(Math.min(periods[n][0].start, today - SEASONAL_WINDOW_DAYS * DAY_MS)), to: isoDay(today) }));

  const [sums, daily] = await Promise.all([
    sqlRows<{ i: number; spent: string }>(db, `SELECT q.i::int AS i, coalesce(sum(r.cost_nano), 0)::text AS spent FROM ${TARGETS} LEFT JOIN daily_rollups r ON ${MATCH} GROUP BY q.i`, params(orgId, buckets)),
    sqlRows<{ i: number; day: string; cost: string }>(db, `SELECT q.i::int AS i, r.day, sum(r.cost_nano)::text AS cost FROM ${TARGETS} JOIN daily_rollups r ON ${MATCH} GROUP BY q.i, r.day`, params(orgId, windows)),
  ]);

  const spent = new Map(sums.map((r) => [r.i - 1, BigInt(r.spent)]));
  const perBudget = budgets.map(() => new Map<number, bigint>());
  for (const r of daily) perBudget[r.i - 1].set(dayMs(r.day), BigInt(r.cost));

  let next = 0;
  budgets.forEach((b, n) => {
    const [range, ...past] = periods[n];
    const values = periods[n].map(() => spent.get(next++) ?? 0n);
    const days = perBudget[n];
    const todayNano = days.get(today) ?? 0n;
    let first = today;
    for (const d of days.keys()) if (d < first && d >= today - SEASONAL_WINDOW_DAYS * DAY_MS) first = d;
    const forecast = forecastSeasonal({ today, periodEnd: range.end, spentNano: values[0], todayNano, dailyNano: days, historyDays: (today - first) / DAY_MS, amountNano: b.amountNano });
    out.set(b.id, {
      range,
      spentNano: values[0],
      todayNano,
      forecast,
      past: past.map((r, k) => ({ range: r, spentNano: values[k + 1] })),
      days: [...days].filter(([d]) => d >= range.start && d <= today).sort(([a], [c]) => a - c).map(([day, nano]) => ({ day, nano })),
    });
  });
  return out;
}

/** Spent as a percentage of the amount with one decimal, rounded down (100 only once exhausted). */
export function percentUsed(spentNano: bigint, amountNano: bigint): number {
  if (amountNano <= 0n) return 0;
  return Number((spentNano * 1000n) / amountNano) / 10;
}
