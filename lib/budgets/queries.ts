// Budgets of an org: list with current status and past periods, and changes by
// admins or by leads for the teams they lead (and for the features those teams
// own). Every change is audited with its before and after, and tells every
// server process's budget-status cache in the same transaction.
import "server-only";
import { getPool, getPrisma } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { badRequest, forbidden, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { usdToNano, nanoToUsdString } from "@/lib/money";
import { PERIOD_NOUN } from "@/lib/budgets/periods";
import { budgetFigures } from "@/lib/budgets/spend";
import { loadBudgetRows, toView, type BudgetRow } from "@/lib/budgets/rows";
import { budgetsChangedStatement } from "@/lib/budgets/invalidate";
import { forgetBudgetStatus } from "@/lib/budgets/status";
import { createBudgetSchema, type BudgetView, type CreateBudget, type UpdateBudget } from "@/lib/budgets/schemas";

/** Who changes budgets: an admin (`ledTeamIds` undefined) or a lead of those teams. */
export type BudgetActor = { userId: string; ledTeamIds?: ReadonlySet<string> };

export const PAST_PERIODS = 6;

/** Every budget of the org with its current period, forecast and the past periods. */
export async function listBudgets(orgId: string, now = new Date()): Promise<BudgetView[]> {
  const rows = await loadBudgetRows(orgId);
  const figures = await budgetFigures(orgId, rows, now, { pastPeriods: PAST_PERIODS });
  return rows.map((b) => toView(b, figures.get(b.id)!));
}

async function viewOf(orgId: string, id: string, now: Date): Promise<BudgetView> {
  const [row] = await loadBudgetRows(orgId, `b.id = $2`, [id]);
  if (!row) throw notFound("budget");
  const figures = await budgetFigures(orgId, [row], now, { pastPeriods: PAST_PERIODS });
  return toView(row, figures.get(row.id)!);
}

type Target = { teamId: string | null; featureId: string | null; ownerTeamId: string | null; ownerName: string };

/** The team or feature a budget request names; an unknown key is the caller's mistake (400). */
async function resolveTarget(orgId: string, input: CreateBudget): Promise<Target> {
  if (input.scope === "team") {
    const [t] = await sqlRows<{ id: string; name: string }>(getPool(), `SELECT id, name FROM teams WHERE org_id = $1 AND key = $2`, [orgId, input.team]);
    if (!t) throw badRequest(`no team with key "${input.team}" in this org`, { field: "team" });
    return { teamId: t.id, featureId: null, ownerTeamId: t.id, ownerName: t.name };
  }
  const [f] = await sqlRows<{ id: string; name: string; team_id: string | null }>(getPool(), `SELECT id, name, team_id FROM features WHERE org_id = $1 AND key = $2`, [orgId, input.feature]);
  if (!f) throw badRequest(`no feature with key "${input.feature}" in this org`, { field: "feature" });
  return { teamId: null, featureId: f.id, ownerTeamId: f.team_id, ownerName: f.name };
}

function assertManages(actor: BudgetActor, ownerTeamId: string | null): void {
  if (!actor.ledTeamIds) return;
  if (!ownerTeamId || !actor.ledTeamIds.has(ownerTeamId)) throw forbidden("leads manage budgets of the teams they lead (and of those teams' features) only");
}

/** The audited picture of a budget: the request shape, plus its name. */
function snapshot(b: { name: string; scope: string; team?: string | null; feature?: string | null; period: string; amountNano: bigint; thresholds: number[]; hard: boolean }) {
  return { name: b.name, scope: b.scope, ...(b.scope === "team" ? { team: b.team } : { feature: b.feature }), period: b.period, amountUsd: nanoToUsdString(b.amountNano), thresholds: b.thresholds, hard: b.hard };
}

const rowSnapshot = (r: BudgetRow) => snapshot({ ...r, team: r.teamKey, feature: r.featureKey });
const defaultName = (ownerName: string, input: CreateBudget) => `${ownerName} ${PERIOD_NOUN[input.period]}ly budget`;

export async function createBudget(orgId: string, actor: BudgetActor, input: CreateBudget, now = new Date()): Promise<BudgetView> {
  const target = await resolveTarget(orgId, input);
  assertManages(actor, target.ownerTeamId);
  const name = input.name ?? defaultName(target.ownerName, input);
  const amountNano = usdToNano(input.amountUsd);
  const id = await getPrisma().$transaction(async (tx) => {
    const b = await tx.budget.create({
      data: { orgId, name, scope: input.scope, teamId: target.teamId, featureId: target.featureId, period: input.period, amountNano, thresholds: input.thresholds, hard: input.hard },
    });
    await recordAudit(orgId, actor.userId, "budget.created", b.id, { before: null, after: snapshot({ ...input, name, amountNano }) }, tx);
    await tx.$queryRawUnsafe(...budgetsChangedStatement(orgId));
    return b.id;
  });
  forgetBudgetStatus(orgId); // this process at once; the others on the notification
  return viewOf(orgId, id, now);
}

async function existing(orgId: string, id: string): Promise<BudgetRow> {
  const [row] = await loadBudgetRows(orgId, `b.id = $2`, [id]);
  if (!row) throw notFound("budget");
  return row;
}

/** PATCH: the budget with the given fields replaced; the result must be a whole valid budget. */
export async function updateBudget(orgId: string, actor: BudgetActor, id: string, patch: UpdateBudget, now = new Date()): Promise<BudgetView> {
  const before = await existing(orgId, id);
  assertManages(actor, before.ownerTeamId);
  const scope = patch.scope ?? (patch.team !== undefined ? "team" : patch.feature !== undefined ? "feature" : before.scope);
  const merged = createBudgetSchema.parse({
    scope,
    ...(scope === "team" ? { team: patch.team ?? before.teamKey ?? undefined } : { feature: patch.feature ?? before.featureKey ?? undefined }),
    name: patch.name ?? before.name,
    period: patch.period ?? before.period,
    amountUsd: patch.amountUsd ?? nanoToUsdString(before.amountNano),
    thresholds: patch.thresholds ?? before.thresholds,
    hard: patch.hard ?? before.hard,
  });
  const target = await resolveTarget(orgId, merged);
  assertManages(actor, target.ownerTeamId);
  const amountNano = usdToNano(merged.amountUsd);
  // a renamed owner keeps a custom name; the default name follows the owner and period
  const name = patch.name ?? (before.name === defaultName(before.ownerName, { ...merged, period: before.period }) ? defaultName(target.ownerName, merged) : before.name);
  await getPrisma().$transaction(async (tx) => {
    await tx.budget.update({
      where: { orgId_id: { orgId, id } },
      data: { name, scope: merged.scope, teamId: target.teamId, featureId: target.featureId, period: merged.period, amountNano, thresholds: merged.thresholds, hard: merged.hard },
    });
    await recordAudit(orgId, actor.userId, "budget.updated", id, { before: rowSnapshot(before), after: snapshot({ ...merged, name, amountNano }) }, tx);
    await tx.$queryRawUnsafe(...budgetsChangedStatement(orgId));
  });
  forgetBudgetStatus(orgId);
  return viewOf(orgId, id, now);
}

/** Delete a budget; its alerts stay in the inbox (their details keep the budget's figures). */
export async function deleteBudget(orgId: string, actor: BudgetActor, id: string): Promise<{ id: string; deleted: true }> {
  const before = await existing(orgId, id);
  assertManages(actor, before.ownerTeamId);
  await getPrisma().$transaction(async (tx) => {
    await tx.alert.updateMany({ where: { orgId, budgetId: id }, data: { budgetId: null } });
    await tx.budget.delete({ where: { orgId_id: { orgId, id } } });
    await recordAudit(orgId, actor.userId, "budget.deleted", id, { before: rowSnapshot(before), after: null }, tx);
    await tx.$queryRawUnsafe(...budgetsChangedStatement(orgId));
  });
  forgetBudgetStatus(orgId);
  return { id, deleted: true };
}
