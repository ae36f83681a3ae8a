// Everything the /budgets page shows: the budgets (current period, forecast, past
// periods, and the daily series of their charts), the weekly team view (each
// team's spend this week so far and last week against its budget pace), and
// which owners the member may set budgets for.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { DAY_MS, isoDay, utcMidnight } from "@/lib/time/utc-days";
import { periodContaining } from "@/lib/budgets/periods";
import { budgetFigures } from "@/lib/budgets/spend";
import { loadBudgetRows, toView } from "@/lib/budgets/rows";
import { tightestPace } from "@/lib/budgets/pace";
import { PAST_PERIODS, type BudgetActor } from "@/lib/budgets/queries";
import type { BudgetView } from "@/lib/budgets/schemas";
import type { BudgetChartInput } from "@/lib/charts/prepare-budget";

export type WeeklyTeam = { key: string; name: string; thisWeekNano: string; lastWeekNano: string; paceNano: string | null };
export type BudgetOwnerOptions = { teams: { key: string; name: string }[]; features: { key: string; name: string; teamName: string | null }[] };
export type BudgetsPageData = {
  today: string;
  budgets: (BudgetView & { chart: BudgetChartInput; manageable: boolean })[];
  weekly: { weekStart: string; teams: WeeklyTeam[] };
  options: BudgetOwnerOptions;
};

export async function getBudgetsPage(orgId: string, actor: BudgetActor, now = new Date()): Promise<BudgetsPageData> {
  const today = utcMidnight(now);
  const week = periodContaining("week", now);
  const [rows, weekly, teams, features] = await Promise.all([
    loadBudgetRows(orgId),
    sqlRows<{ id: string; key: string; name: string; this_week: string; last_week: string }>(
      getPool(),
      `SELECT t.id, t.key, t.name,
              coalesce(sum(r.cost_nano) FILTER (WHERE r.day >= $2::date), 0)::text AS this_week,
              coalesce(sum(r.cost_nano) FILTER (WHERE r.day < $2::date), 0)::text AS last_week
         FROM teams t
         LEFT JOIN daily_rollups r ON r.org_id = t.org_id AND r.team_id = t.id AND r.day >= $3::date AND r.day <= $4::date
        WHERE t.org_id = $1
        GROUP BY t.id, t.key, t.name
        ORDER BY sum(r.cost_nano) FILTER (WHERE r.day >= $2::date) DESC NULLS LAST, t.key`,
      [orgId, isoDay(week.start), isoDay(week.start - 7 * DAY_MS), isoDay(week.end - DAY_MS)],
    ),
    sqlRows<{ id: string; key: string; name: string }>(getPool(), `SELECT id, key, name FROM teams WHERE org_id = $1 ORDER BY name, key`, [orgId]),
    sqlRows<{ key: string; name: string; team_id: string | null; team_name: string | null }>(
      getPool(),
      `SELECT f.key, f.name, f.team_id, t.name AS team_name FROM features f LEFT JOIN teams t ON t.org_id = f.org_id AND t.id = f.team_id WHERE f.org_id = $1 ORDER BY f.name, f.key`,
      [orgId],
    ),
  ]);
  const figures = await budgetFigures(orgId, rows, now, { pastPeriods: PAST_PERIODS });
  const manages = (teamId: string | null) => !actor.ledTeamIds || (teamId !== null && actor.ledTeamIds.has(teamId));

  const budgets = rows.map((b) => {
    const f = figures.get(b.id)!;
    const chart: BudgetChartInput = {
      periodStart: new Date(f.range.start).toISOString(),
      periodEnd: new Date(f.range.end).toISOString(),
      amountNano: b.amountNano.toString(),
      today: isoDay(today),
      days: f.days.map((d) => ({ day: isoDay(d.day), nano: d.nano.toString() })),
      expected: f.forecast.expected.map((d) => ({ day: isoDay(d.day), nano: d.nano.toString() })),
    };
    return { ...toView(b, f), chart, manageable: manages(b.ownerTeamId) };
  });

  const teamBudgets = (teamId: string) => rows.filter((b) => b.scope === "team" && b.teamId === teamId).map((b) => ({ amountNano: b.amountNano, range: figures.get(b.id)!.range }));
  return {
    today: isoDay(today),
    budgets,
    weekly: {
      weekStart: isoDay(week.start),
      teams: weekly.map((t) => ({ key: t.key, name: t.name, thisWeekNano: t.this_week, lastWeekNano: t.last_week, paceNano: tightestPace(teamBudgets(t.id))?.toString() ?? null })),
    },
    options: {
      teams: teams.filter((t) => manages(t.id)).map((t) => ({ key: t.key, name: t.name })),
      features: features.filter((f) => manages(f.team_id)).map((f) => ({ key: f.key, name: f.name, teamName: f.team_name })),
    },
  };
}
