// DELETE /api/v1/alert-rules/:id – remove a per-end-user spend rule (admin; lead for their teams' features)
import { memberRoute, uuidParam } from "@/lib/api/route";
import { deleteAlertRule } from "@/lib/alerts/rules";

export const dynamic = "force-dynamic";

export const DELETE = memberRoute({ roles: ["admin", "lead"] }, async ({ member, params }) => deleteAlertRule(member, uuidParam(params.id, "alert rule")));
