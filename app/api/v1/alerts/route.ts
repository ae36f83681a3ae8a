// GET /api/v1/alerts?status=&kind=&before=&limit= – the org's alert inbox, newest first (members)
import { memberRoute } from "@/lib/api/route";
import { listAlertsQuerySchema } from "@/lib/alerts/schemas";
import { listAlerts } from "@/lib/alerts/queries";

export const dynamic = "force-dynamic";

export const GET = memberRoute({ query: listAlertsQuerySchema }, async ({ member, query }) => listAlerts(member.orgId, query));
