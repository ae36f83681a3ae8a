// GET /api/v1/pnl/features/{key}?from&to – one feature's P&L detail (session, or API key with usage:read)
import { orgReadRoute } from "@/lib/api/read-route";
import { getFeatureDetail } from "@/lib/pnl/feature-detail";
import { featureDetailQuerySchema } from "@/lib/pnl/feature-schemas";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: featureDetailQuerySchema() }, ({ orgId, query, params }) => getFeatureDetail(orgId, params.key ?? "", query));
