// The overview's headline extras: month-to-date spend with a forecast to month
// end (from the 7-day run rate), the features that moved most against the period
// before, and revenue and margin from the P&L. All from the rollups, in SQL.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Filters } from "@/lib/filters/schema";
import { rollupFilterSql } from "@/lib/filters/sql";
import { forecastPeriodEnd, RUN_RATE_DAYS } from "@/lib/forecast/run-rate";
import type { Overview } from "@/lib/overview/schemas";
import { getPnlSummary } from "@/lib/pnl/monthly";
import { DAY_MS, isoDay, utcMidnight } from "@/lib/time/utc-days";

export const TOP_MOVERS = 5;

type EntityFilters = Pick<Filters, "team" | "feature" | "provider" | "model">;

/** Spend this UTC month so far (with the view's team/feature/model filters) and its forecast to month end at `now`. */
export async function getMonthToDate(orgId: string, f: EntityFilters, now: Date): Promise<Overview["monthToDate"]> {
  const today = utcMidnight(now);
  const d = new Date(today);
  const monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const daysInMonth = Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - monthStart) / DAY_MS);
  const recentFrom = today - RUN_RATE_DAYS * DAY_MS;
  const params: unknown[] = [orgId, isoDay(Math.min(monthStart, recentFrom)), isoDay(today), isoDay(monthStart), isoDay(recentFrom)];
  const where = rollupFilterSql(f, params);
  const [r] = await sqlRows<{ spent: string; today: string; recent: string }>(
    getPool(),
    `SELECT coalesce(sum(cost_nano) FILTER (WHERE day >= $4 AND day < $3), 0)::text AS spent,
            coalesce(sum(cost_nano) FILTER (WHERE day = $3), 0)::text AS today,
            coalesce(sum(cost_nano) FILTER (WHERE day >= $5 AND day < $3), 0)::text AS recent
       FROM daily_rollups x WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${where}`,
    params,
  );
  const daysElapsed = Math.round((today - monthStart) / DAY_MS);
  const spent = BigInt(r.spent);
  const todayCost = BigInt(r.today);
  const { forecastNano, runRateNano } = forecastPeriodEnd({ spentNano: spent, todayNano: todayCost, recentNano: BigInt(r.recent), daysElapsed, daysInPeriod: daysInMonth });
  return {
    month: isoDay(monthStart).slice(0, 7),
    costNano: (spent + todayCost).toString(),
    forecastNano: forecastNano.toString(),
    runRateNano: runRateNano.toString(),
    daysElapsed,
    daysInMonth,
  };
}

/** Features whose spend changed most (either way) between the view's complete days and as many days before. */
export async function getTopMovers(orgId: string, f: Filters): Promise<Overview["movers"]> {
  const c = f.compare;
  if (!c) return [];
  const params: unknown[] = [orgId, c.prevFrom, c.to, c.from];
  const where = rollupFilterSql(f, params);
  const rows = await sqlRows<{ key: string; name: string; registered: boolean; cost: string; prev: string }>(
    getPool(),
    `SELECT fe.key, fe.name, fe.registered, m.cost::text AS cost, m.prev::text AS prev FROM (
       SELECT x.feature_id, coalesce(sum(x.cost_nano) FILTER (WHERE x.day >= $4), 0) AS cost, coalesce(sum(x.cost_nano) FILTER (WHERE x.day < $4), 0) AS prev
         FROM daily_rollups x WHERE x.org_id = $1 AND x.day BETWEEN $2 AND $3${where} GROUP BY x.feature_id
     ) m JOIN features fe ON fe.org_id = $1 AND fe.id = m.feature_id
     WHERE m.cost <> m.prev ORDER BY abs(m.cost - m.prev) DESC, fe.key LIMIT ${TOP_MOVERS}`,
    params,
  );
  return rows.map((r) => ({ key: r.key, name: r.name, registered: r.registered, costNano: r.cost, prevCostNano: r.prev }));
}

/** Revenue, AI COGS and margin of the view from the P&L; null when a model or provider filter leaves revenue unattributable. */
export async function getEconomics(orgId: string, f: Filters): Promise<Overview["economics"]> {
  if (f.provider || f.model) return null;
  return getPnlSummary(orgId, f);
}
