// PATCH /api/v1/alerts/:id – acknowledge, resolve or reopen an alert (admin, lead) · GET – one alert (members)
import { memberRoute, uuidParam } from "@/lib/api/route";
import { updateAlertSchema } from "@/lib/alerts/schemas";
import { getAlert, setAlertStatus } from "@/lib/alerts/queries";

export const dynamic = "force-dynamic";

export const GET = memberRoute({}, async ({ member, params }) => getAlert(member.orgId, uuidParam(params.id, "alert")));

export const PATCH = memberRoute({ roles: ["admin", "lead"], body: updateAlertSchema }, async ({ member, params, body }) =>
  setAlertStatus(member.orgId, member.userId, uuidParam(params.id, "alert"), body.status),
);
