// PATCH /api/v1/features/:id – rename, adopt (register) or re-own a feature (admin)
import { memberRoute, uuidParam } from "@/lib/api/route";
import { updateFeatureSchema } from "@/lib/teams/schemas";
import { updateFeature } from "@/lib/teams/queries";

export const dynamic = "force-dynamic";

export const PATCH = memberRoute({ roles: ["admin"], body: updateFeatureSchema }, async ({ member, params, body }) =>
  updateFeature(member.orgId, member.userId, uuidParam(params.id, "feature"), body),
);
