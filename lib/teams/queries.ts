// Teams and features of an org, with last-30-day spend (a numeric sum: it can
// exceed int8, so it arrives as an exact decimal string); adopting (registering)
// and renaming the ones ingestion auto-created.
import "server-only";
import { getPool, getPrisma } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { badRequest, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { windowStart } from "@/lib/time/utc-days";
import { listTeamLeads } from "@/lib/teams/leads";
import type { KeyRow, UpdateFeature, UpdateTeam } from "@/lib/teams/schemas";

async function listKeys(orgId: string, kind: "teams" | "features", now: Date): Promise<KeyRow[]> {
  const idCol = kind === "teams" ? "team_id" : "feature_id";
  const teamCol = kind === "teams" ? "NULL::uuid" : "k.team_id";
  const rows = await sqlRows<{ id: string; key: string; name: string; registered: boolean; team_id: string | null; cost: string; requests: bigint }>(
    getPool(),
    `SELECT k.id, k.key, k.name, k.registered, ${teamCol} AS team_id,
            coalesce(sum(r.cost_nano), 0) AS cost, coalesce(sum(r.requests), 0)::int8 AS requests
       FROM ${kind} k
       LEFT JOIN daily_rollups r ON r.org_id = k.org_id AND r.${idCol} = k.id AND r.day >= $2::date
      WHERE k.org_id = $1
      GROUP BY k.id, k.key, k.name, k.registered, ${teamCol}
      ORDER BY k.registered, cost DESC, k.key`,
    [orgId, windowStart(30, now)],
  );
  return rows.map((r) => ({ id: r.id, key: r.key, name: r.name, registered: r.registered, teamId: r.team_id, costNano30d: r.cost, requests30d: Number(r.requests) }));
}

/** Teams and features with their spend over the 30 UTC days ending today (`now` injectable for tests). */
export async function listTeamsAndFeatures(orgId: string, now = new Date()) {
  const [teams, features, leads] = await Promise.all([listKeys(orgId, "teams", now), listKeys(orgId, "features", now), listTeamLeads(orgId)]);
  return { teams, features, leads };
}

export async function updateTeam(orgId: string, actorUserId: string, id: string, input: UpdateTeam) {
  const prisma = getPrisma();
  if (!(await prisma.team.findUnique({ where: { orgId_id: { orgId, id } } }))) throw notFound("team");
  const team = await prisma.team.update({ where: { orgId_id: { orgId, id } }, data: input });
  await recordAudit(orgId, actorUserId, "team.updated", team.key, input);
  return { id: team.id, key: team.key, name: team.name, registered: team.registered };
}

export async function updateFeature(orgId: string, actorUserId: string, id: string, input: UpdateFeature) {
  const prisma = getPrisma();
  if (!(await prisma.feature.findUnique({ where: { orgId_id: { orgId, id } } }))) throw notFound("feature");
  if (input.teamId && !(await prisma.team.findUnique({ where: { orgId_id: { orgId, id: input.teamId } } }))) throw badRequest("no such team in this org", { field: "teamId" });
  const feature = await prisma.feature.update({ where: { orgId_id: { orgId, id } }, data: input });
  await recordAudit(orgId, actorUserId, "feature.updated", feature.key, input);
  return { id: feature.id, key: feature.key, name: feature.name, registered: feature.registered, teamId: feature.teamId };
}
