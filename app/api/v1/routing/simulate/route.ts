// POST /api/v1/routing/simulate – what-if: move X% of a feature's frontier traffic to a model or tier (session, or API key with usage:read)
import { orgComputeRoute } from "@/lib/api/read-route";
import { simulateBodySchema } from "@/lib/routing/schemas";
import { simulateRouting } from "@/lib/routing/queries";

export const dynamic = "force-dynamic";

export const POST = orgComputeRoute({ scope: "usage:read", body: simulateBodySchema() }, ({ orgId, body }) => simulateRouting(orgId, body));
