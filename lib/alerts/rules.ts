// Per-end-user spend rules: list, create, delete. Admins manage any rule; leads
// only rules on features their teams own (an org-wide rule is an admin's).
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { badRequest, forbidden, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { managedTeamIds } from "@/lib/auth/team-leads";
import type { Member } from "@/lib/auth/session";
import { usdToNano } from "@/lib/money";
import type { AlertRuleView, CreateAlertRule } from "@/lib/alerts/schemas";

type Row = { id: string; feature_key: string | null; feature_name: string | null; threshold_nano: bigint; window_hours: number; enabled: boolean; created_at: Date; team_id: string | null };

const SELECT = `SELECT r.id, f.key AS feature_key, f.name AS feature_name, r.threshold_nano, r.window_hours, r.enabled, r.created_at, f.team_id
  FROM alert_rules r LEFT JOIN features f ON f.org_id = r.org_id AND f.id = r.feature_id`;

const toView = (r: Row): AlertRuleView => ({
  id: r.id,
  feature: r.feature_key ? { key: r.feature_key, name: r.feature_name ?? r.feature_key } : null,
  thresholdNano: r.threshold_nano.toString(),
  windowHours: r.window_hours,
  enabled: r.enabled,
  createdAt: r.created_at.toISOString(),
});

export async function listAlertRules(orgId: string): Promise<AlertRuleView[]> {
  return (await sqlRows<Row>(getPool(), `${SELECT} WHERE r.org_id = $1 ORDER BY r.created_at, r.id`, [orgId])).map(toView);
}

/** `featureTeamId`: the rule's feature's team (null when the feature has none); undefined for an org-wide rule. */
async function assertMayManage(member: Member, featureTeamId: string | null | undefined): Promise<void> {
  const teams = await managedTeamIds(member);
  if (!teams) return;
  if (featureTeamId === undefined) throw forbidden("only admins manage org-wide rules");
  if (featureTeamId === null || !teams.has(featureTeamId)) throw forbidden("leads manage rules only for their teams' features");
}

export async function createAlertRule(member: Member, input: CreateAlertRule): Promise<AlertRuleView> {
  const orgId = member.orgId;
  let featureId: string | null = null;
  let teamId: string | null = null;
  if (input.feature !== null) {
    const [f] = await sqlRows<{ id: string; team_id: string | null }>(getPool(), `SELECT id, team_id FROM features WHERE org_id = $1 AND key = $2`, [orgId, input.feature]);
    if (!f) throw badRequest(`unknown feature "${input.feature}"`);
    featureId = f.id;
    teamId = f.team_id;
  }
  await assertMayManage(member, input.feature === null ? undefined : teamId);
  const id = await withTransaction(getPool(), async (c) => {
    const [r] = await sqlRows<{ id: string }>(
      c,
      `INSERT INTO alert_rules (org_id, feature_id, threshold_nano, window_hours, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [orgId, featureId, usdToNano(input.thresholdUsd).toString(), input.windowHours, member.userId],
    );
    return r.id;
  });
  await recordAudit(orgId, member.userId, "alert_rule.created", id, { after: { feature: input.feature, thresholdUsd: input.thresholdUsd, windowHours: input.windowHours } });
  const [row] = await sqlRows<Row>(getPool(), `${SELECT} WHERE r.org_id = $1 AND r.id = $2`, [orgId, id]);
  return toView(row);
}

export async function deleteAlertRule(member: Member, id: string): Promise<{ deleted: true }> {
  const [row] = await sqlRows<Row>(getPool(), `${SELECT} WHERE r.org_id = $1 AND r.id = $2`, [member.orgId, id]);
  if (!row) throw notFound("alert rule");
  await assertMayManage(member, row.feature_key === null ? undefined : row.team_id);
  await getPool().query(`DELETE FROM alert_rules WHERE org_id = $1 AND id = $2`, [member.orgId, id]);
  await recordAudit(member.orgId, member.userId, "alert_rule.deleted", id, { before: toView(row) });
  return { deleted: true };
}
