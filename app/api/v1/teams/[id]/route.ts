// PATCH /api/v1/teams/:id – rename or adopt (register) a team (admin)
import { memberRoute, uuidParam } from "@/lib/api/route";
import { updateTeamSchema } from "@/lib/teams/schemas";
import { updateTeam } from "@/lib/teams/queries";

export const dynamic = "force-dynamic";

export const PATCH = memberRoute({ roles: ["admin"], body: updateTeamSchema }, async ({ member, params, body }) =>
  updateTeam(member.orgId, member.userId, uuidParam(params.id, "team"), body),
);
