// DELETE /api/v1/teams/:id/leads/:userId – stop a member leading the team (admin)
import { memberRoute, uuidParam } from "@/lib/api/route";
import { removeTeamLead } from "@/lib/teams/leads";

export const dynamic = "force-dynamic";

export const DELETE = memberRoute({ roles: ["admin"] }, async ({ member, params }) =>
  removeTeamLead(member.orgId, member.userId, uuidParam(params.id, "team"), uuidParam(params.userId, "team lead")),
);
