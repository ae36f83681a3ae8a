// Team leads: admins assign members with the lead role to teams; a lead manages
// the budgets (and P&L inputs) of the teams they lead. Changes are audited with
// the team's leads before and after.
import "server-only";
import { getPool, getPrisma } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { badRequest, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import type { TeamLeads } from "@/lib/teams/schemas";

type Lead = { userId: string; name: string | null; email: string };

export async function listTeamLeads(orgId: string): Promise<TeamLeads> {
  const [assigned, candidates] = await Promise.all([
    sqlRows<Lead & { team_id: string; user_id: string }>(
      getPool(),
      `SELECT l.team_id, u.id AS user_id, u.name, u.email FROM team_leads l JOIN users u ON u.id = l.user_id WHERE l.org_id = $1 ORDER BY u.email`,
      [orgId],
    ),
    sqlRows<{ user_id: string; name: string | null; email: string }>(
      getPool(),
      `SELECT u.id AS user_id, u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND m.role = 'lead' ORDER BY u.email`,
      [orgId],
    ),
  ]);
  const byTeam: Record<string, Lead[]> = {};
  for (const r of assigned) (byTeam[r.team_id] ??= []).push({ userId: r.user_id, name: r.name, email: r.email });
  return { byTeam, candidates: candidates.map((c) => ({ userId: c.user_id, name: c.name, email: c.email })) };
}

async function leadIds(orgId: string, teamId: string): Promise<string[]> {
  const rows = await sqlRows<{ user_id: string }>(getPool(), `SELECT user_id FROM team_leads WHERE org_id = $1 AND team_id = $2 ORDER BY user_id`, [orgId, teamId]);
  return rows.map((r) => r.user_id);
}

async function teamKey(orgId: string, teamId: string): Promise<string> {
  const team = await getPrisma().team.findUnique({ where: { orgId_id: { orgId, id: teamId } } });
  if (!team) throw notFound("team");
  return team.key;
}

/** Make a member with the lead role a lead of the team (idempotent). */
export async function assignTeamLead(orgId: string, actorUserId: string, teamId: string, userId: string): Promise<TeamLeads> {
  const key = await teamKey(orgId, teamId);
  const member = await getPrisma().membership.findUnique({ where: { orgId_userId: { orgId, userId } } });
  if (!member) throw badRequest("no such member in this org", { field: "userId" });
  if (member.role !== "lead") throw badRequest("only members with the lead role can lead a team (admins manage every team already)", { field: "userId" });
  const before = await leadIds(orgId, teamId);
  if (!before.includes(userId)) {
    await getPrisma().$transaction(async (tx) => {
      await tx.teamLead.create({ data: { orgId, teamId, userId } });
      await recordAudit(orgId, actorUserId, "team.lead_assigned", key, { userId, before: { leads: before }, after: { leads: [...before, userId].sort() } }, tx);
    });
  }
  return listTeamLeads(orgId);
}

export async function removeTeamLead(orgId: string, actorUserId: string, teamId: string, userId: string): Promise<TeamLeads> {
  const key = await teamKey(orgId, teamId);
  const before = await leadIds(orgId, teamId);
  if (!before.includes(userId)) throw notFound("team lead");
  await getPrisma().$transaction(async (tx) => {
    await tx.teamLead.delete({ where: { orgId_teamId_userId: { orgId, teamId, userId } } });
    await recordAudit(orgId, actorUserId, "team.lead_removed", key, { userId, before: { leads: before }, after: { leads: before.filter((u) => u !== userId) } }, tx);
  });
  return listTeamLeads(orgId);
}
