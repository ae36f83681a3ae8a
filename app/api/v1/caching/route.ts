// GET /api/v1/caching?range|from&to[&team&feature&provider&model] – response-cache hit rate and avoided cost, prompt-cache share and savings (session, or API key with usage:read)
import { orgReadRoute } from "@/lib/api/read-route";
import { cachingQuerySchema } from "@/lib/caching/schemas";
import { getCaching } from "@/lib/caching/queries";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: cachingQuerySchema() }, ({ orgId, query }) => getCaching(orgId, query));
