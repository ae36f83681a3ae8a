// The gateway enforcement hook's answer: a team's or a feature's budgets with
// their current-period spend and `allowed` (false once any hard budget covering
// it is exhausted). It sits in gateways' request paths, so answers are cached per
// process, per org and key, and dropped
//  - on every process when the org's spend or budgets change (LISTEN/NOTIFY via
//    lib/cache/invalidation.ts; see lib/budgets/invalidate.ts),
//  - at the earliest period end among the budgets and at UTC midnight (the
//    forecast's "today" moves), by the clock the caller passes (tests inject it),
//  - after MAX_AGE_MS as a safety net.
// While the invalidation listener is down nothing is cached.
//
// Covering: `?team=` covers that team's team-scope budgets; `?feature=` covers the
// feature's own budgets and its owning team's budgets (a request for a feature
// spends its team's money too).
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { LruCache } from "@/lib/cache/lru";
import { isListening, registerCache } from "@/lib/cache/invalidation";
import { DAY_MS, utcMidnight } from "@/lib/time/utc-days";
import { budgetFigures } from "@/lib/budgets/spend";
import { isExhausted, loadBudgetRows, toStatusItem } from "@/lib/budgets/rows";
import type { BudgetStatusResponse } from "@/lib/budgets/schemas";

export const BUDGET_STATUS_TOPIC = "budgets";
export const STATUS_MAX_AGE_MS = 10_000;
const MAX_ORGS = 10_000;
const MAX_KEYS_PER_ORG = 1_000;

export type StatusTarget = { team: string } | { feature: string };
type Entry = { value: BudgetStatusResponse | null; at: number; expiresAt: number };
/**
 * One org's answers and loads in flight; replaced as a whole when the org changes,
 * so neither a load that started before the change stores its answer nor a request
 * after the change joins it.
 */
type OrgAnswers = { answers: LruCache<string, Entry>; loading: Map<string, Promise<Entry>> };

const orgs = new LruCache<string, OrgAnswers>(MAX_ORGS);
registerCache(BUDGET_STATUS_TOPIC, { onKey: (orgId) => forgetBudgetStatus(orgId), onReset: () => orgs.clear() });

/** Drop this process's cached answers of one org (the notification does it on every process). */
export function forgetBudgetStatus(orgId: string): void {
  orgs.delete(orgId);
}

/** The status of a team's or a feature's budgets at `now`; null for a key the org does not have (the route's 404). */
export async function getBudgetStatus(orgId: string, target: StatusTarget, now = new Date()): Promise<BudgetStatusResponse | null> {
  if (!isListening()) return (await computeStatus(orgId, target, now)).value;
  const key = "team" in target ? `t:${target.team}` : `f:${target.feature}`;
  const t = now.getTime();
  let org = orgs.get(orgId);
  const hit = org?.answers.get(key);
  if (hit && t >= hit.at && t < hit.expiresAt) return hit.value;
  if (!org) orgs.set(orgId, (org = { answers: new LruCache(MAX_KEYS_PER_ORG), loading: new Map() }));
  const into = org;
  let pending = into.loading.get(key);
  if (!pending) {
    pending = computeStatus(orgId, target, now).then((entry) => {
      if (orgs.get(orgId) === into) into.answers.set(key, entry);
      return entry;
    });
    into.loading.set(key, pending);
    const done = () => into.loading.delete(key);
    pending.then(done, done);
  }
  const entry = await pending;
  // a load started for an earlier clock (tests inject clocks) may not serve a later period
  return t < entry.expiresAt ? entry.value : (await computeStatus(orgId, target, now)).value;
}

async function computeStatus(orgId: string, target: StatusTarget, now: Date): Promise<Entry> {
  const t = now.getTime();
  const nextMidnight = utcMidnight(now) + DAY_MS;
  const miss = { value: null, at: t, expiresAt: t + STATUS_MAX_AGE_MS };
  let rows;
  if ("team" in target) {
    const [team] = await sqlRows<{ id: string }>(getPool(), `SELECT id FROM teams WHERE org_id = $1 AND key = $2`, [orgId, target.team]);
    if (!team) return miss;
    rows = await loadBudgetRows(orgId, `b.scope = 'team' AND b.team_id = $2`, [team.id]);
  } else {
    const [feature] = await sqlRows<{ id: string; team_id: string | null }>(getPool(), `SELECT id, team_id FROM features WHERE org_id = $1 AND key = $2`, [orgId, target.feature]);
    if (!feature) return miss;
    rows = await loadBudgetRows(orgId, `(b.scope = 'feature' AND b.feature_id = $2) OR (b.scope = 'team' AND b.team_id = $3)`, [feature.id, feature.team_id]);
  }
  const figures = await budgetFigures(orgId, rows, now);
  let expiresAt = Math.min(t + STATUS_MAX_AGE_MS, nextMidnight);
  for (const f of figures.values()) expiresAt = Math.min(expiresAt, f.range.end);
  const value = {
    allowed: !rows.some((b) => isExhausted(b, figures.get(b.id)!)),
    budgets: rows.map((b) => toStatusItem(b, figures.get(b.id)!)),
  };
  return { value, at: t, expiresAt };
}
