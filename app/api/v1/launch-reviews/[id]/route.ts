// DELETE /api/v1/launch-reviews/:id – delete a saved launch review (admins any, leads their own)
import { memberRoute, uuidParam } from "@/lib/api/route";
import { deleteLaunchReview } from "@/lib/launch-review/queries";

export const dynamic = "force-dynamic";

export const DELETE = memberRoute({ roles: ["admin", "lead"] }, async ({ member, params }) => deleteLaunchReview(member.orgId, member, uuidParam(params.id, "launch review")));
