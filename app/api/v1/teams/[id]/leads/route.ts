// POST /api/v1/teams/:id/leads – make a member with the lead role a lead of the team (admin)
import { memberRoute, uuidParam } from "@/lib/api/route";
import { assignTeamLead } from "@/lib/teams/leads";
import { assignLeadSchema } from "@/lib/teams/schemas";

export const dynamic = "force-dynamic";

export const POST = memberRoute({ roles: ["admin"], body: assignLeadSchema }, async ({ member, params, body }) =>
  assignTeamLead(member.orgId, member.userId, uuidParam(params.id, "team"), body.userId),
);
