// Which teams a member leads (a lead manages revenue and budgets of those teams only).
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import type { Member } from "@/lib/auth/session";

export async function ledTeamIds(orgId: string, userId: string): Promise<Set<string>> {
  const rows = await sqlRows<{ team_id: string }>(getPool(), `SELECT team_id FROM team_leads WHERE org_id = $1 AND user_id = $2`, [orgId, userId]);
  return new Set(rows.map((r) => r.team_id));
}

/** The teams whose budgets, revenue and alert rules `member` manages: undefined for an admin (every team), else the teams they lead. */
export async function managedTeamIds(member: Member): Promise<Set<string> | undefined> {
  return member.role === "admin" ? undefined : ledTeamIds(member.orgId, member.userId);
}
