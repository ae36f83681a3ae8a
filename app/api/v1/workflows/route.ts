// GET /api/v1/workflows?range|from&to[&team&feature] – multi-step workflow cost, steps and multipliers (session, or API key with usage:read)
import { orgReadRoute } from "@/lib/api/read-route";
import { getWorkflows } from "@/lib/workflows/queries";
import { workflowsQuerySchema } from "@/lib/workflows/schemas";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: workflowsQuerySchema() }, ({ orgId, query }) => getWorkflows(orgId, query));
