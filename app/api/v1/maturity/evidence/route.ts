// GET /api/v1/maturity/evidence – what the org's data answers, over the last 30 full UTC days (session, or API key with usage:read)
import { orgReadRoute } from "@/lib/api/read-route";
import { noQuerySchema } from "@/lib/maturity/schemas";
import { getEvidence } from "@/lib/maturity/evidence";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: noQuerySchema }, ({ orgId }) => getEvidence(orgId));
