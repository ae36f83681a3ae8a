// GET /api/v1/quality?from&to[&team&feature&provider&model] – quality signals and cost per feature and model (session, or API key with usage:read)
import { orgReadRoute } from "@/lib/api/read-route";
import { filtersQuerySchema } from "@/lib/filters/schema";
import { getQuality } from "@/lib/quality/queries";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: filtersQuerySchema() }, ({ orgId, query }) => getQuality(orgId, query));
