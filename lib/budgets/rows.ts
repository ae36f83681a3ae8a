// Reading budgets with their owner's keys and names, and turning a budget plus its
// figures into the API's shapes (lib/budgets/schemas.ts).
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, type Queryable } from "@/lib/database/pool";
import { nanoToUsdString } from "@/lib/money";
import { isoDay } from "@/lib/time/utc-days";
import type { BudgetPeriod } from "@/lib/budgets/periods";
import type { BudgetScope, BudgetState, BudgetStatusItem, BudgetView } from "@/lib/budgets/schemas";
import { percentUsed, type BudgetFigures, type BudgetTarget } from "@/lib/budgets/spend";

export type BudgetRow = BudgetTarget & {
  name: string;
  scope: BudgetScope;
  thresholds: number[];
  hard: boolean;
  createdAt: Date;
  teamKey: string | null;
  featureKey: string | null;
  ownerName: string;
  /** the team whose money it is: the team itself, or the feature's owning team (null for an unowned feature) */
  ownerTeamId: string | null;
  ownerTeamKey: string | null;
};

type Raw = {
  id: string; name: string; scope: BudgetScope; team_id: string | null; feature_id: string | null; period: BudgetPeriod; amount_nano: bigint;
  thresholds: number[]; hard: boolean; created_at: Date; team_key: string | null; feature_key: string | null; owner_name: string; owner_team_id: string | null; owner_team_key: string | null;
};

/** Budgets of the org (optionally only `where`, an extra condition on `b`), oldest first. */
export async function loadBudgetRows(orgId: string, where = "TRUE", values: unknown[] = [], db: Queryable = getPool()): Promise<BudgetRow[]> {
  const rows = await sqlRows<Raw>(
    db,
    `SELECT b.id, b.name, b.scope::text AS scope, b.team_id, b.feature_id, b.period::text AS period, b.amount_nano, b.thresholds, b.hard, b.created_at,
            t.key AS team_key, f.key AS feature_key, coalesce(t.name, f.name) AS owner_name,
            coalesce(b.team_id, f.team_id) AS owner_team_id, coalesce(t.key, ft.key) AS owner_team_key
       FROM budgets b
       LEFT JOIN teams t ON t.org_id = b.org_id AND t.id = b.team_id
       LEFT JOIN features f ON f.org_id = b.org_id AND f.id = b.feature_id
       LEFT JOIN teams ft ON ft.org_id = f.org_id AND ft.id = f.team_id
      WHERE b.org_id = $1 AND (${where})
      ORDER BY b.created_at, b.name, b.id`,
    [orgId, ...values],
  );
  return rows.map((r) => ({
    id: r.id, name: r.name, scope: r.scope, teamId: r.team_id, featureId: r.feature_id, period: r.period, amountNano: BigInt(r.amount_nano),
    thresholds: r.thresholds, hard: r.hard, createdAt: r.created_at, teamKey: r.team_key, featureKey: r.feature_key, ownerName: r.owner_name,
    ownerTeamId: r.owner_team_id, ownerTeamKey: r.owner_team_key,
  }));
}

const iso = (ms: number) => new Date(ms).toISOString();

/** on track / at risk (forecast over the amount) / over (spent at least the amount). */
export function budgetState(amountNano: bigint, spentNano: bigint, forecastNano: bigint): BudgetState {
  if (spentNano >= amountNano) return "over";
  return forecastNano > amountNano ? "at_risk" : "on_track";
}

/** A hard budget is exhausted once its period's spend reaches the amount. */
export const isExhausted = (b: Pick<BudgetRow, "hard" | "amountNano">, f: Pick<BudgetFigures, "spentNano">) => b.hard && f.spentNano >= b.amountNano;

export function toStatusItem(b: BudgetRow, f: BudgetFigures): BudgetStatusItem {
  const remaining = b.amountNano - f.spentNano;
  return {
    id: b.id,
    period: b.period,
    periodStart: iso(f.range.start),
    periodEnd: iso(f.range.end),
    amountNano: b.amountNano.toString(),
    spentNano: f.spentNano.toString(),
    remainingNano: (remaining > 0n ? remaining : 0n).toString(),
    percentUsed: percentUsed(f.spentNano, b.amountNano),
    hard: b.hard,
    forecastNano: f.forecast.forecastNano.toString(),
  };
}

export function toView(b: BudgetRow, f: BudgetFigures): BudgetView {
  const { id: _id, period: _p, hard: _h, amountNano: _a, ...current } = toStatusItem(b, f);
  return {
    id: b.id,
    name: b.name,
    scope: b.scope,
    team: b.scope === "team" ? b.teamKey : null,
    feature: b.scope === "feature" ? b.featureKey : null,
    ownerName: b.ownerName,
    ownerTeam: b.ownerTeamKey,
    period: b.period,
    amountUsd: nanoToUsdString(b.amountNano),
    amountNano: b.amountNano.toString(),
    thresholds: b.thresholds,
    hard: b.hard,
    createdAt: b.createdAt.toISOString(),
    current: {
      ...current,
      state: budgetState(b.amountNano, f.spentNano, f.forecast.forecastNano),
      exceedsOn: f.forecast.exceedsOn === null ? null : isoDay(f.forecast.exceedsOn),
    },
    pastPeriods: f.past.map((p) => ({ periodStart: iso(p.range.start), periodEnd: iso(p.range.end), spentNano: p.spentNano.toString(), percentUsed: percentUsed(p.spentNano, b.amountNano) })),
  };
}
