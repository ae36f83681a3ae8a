// GET /api/v1/overview?range|from&to[&team&feature&provider&model] – spend, requests and breakdowns for the caller's org
import { memberRoute } from "@/lib/api/route";
import { filtersQuerySchema } from "@/lib/filters/schema";
import { getOverview } from "@/lib/overview/queries";

export const dynamic = "force-dynamic";

export const GET = memberRoute({ query: filtersQuerySchema() }, ({ member, query }) => getOverview(member.orgId, query));
