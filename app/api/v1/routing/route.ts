// GET /api/v1/routing?from&to[&team&feature] – tier mix, coverage, savings and downgrade rate (session, or API key with usage:read)
import { orgReadRoute } from "@/lib/api/read-route";
import { routingQuerySchema } from "@/lib/routing/schemas";
import { getRouting } from "@/lib/routing/queries";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: routingQuerySchema() }, ({ orgId, query }) => getRouting(orgId, query));
