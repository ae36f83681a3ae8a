// GET /api/v1/overview?days=7|30|90 – spend, requests and breakdowns for the caller's org
import { memberRoute } from "@/lib/api/route";
import { overviewQuerySchema } from "@/lib/overview/schemas";
import { getOverview } from "@/lib/overview/queries";

export const dynamic = "force-dynamic";

export const GET = memberRoute({ query: overviewQuerySchema }, ({ member, query }) => getOverview(member.orgId, query.days));
