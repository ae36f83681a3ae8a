// GET /api/v1/workflows/{traceId} – one trace of the caller's org step by step (session, or API key with usage:read); 404 for any other
import { orgReadRoute } from "@/lib/api/read-route";
import { notFound } from "@/lib/api/errors";
import { getWorkflowTrace } from "@/lib/workflows/queries";
import { workflowTraceQuerySchema } from "@/lib/workflows/schemas";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: workflowTraceQuerySchema }, async ({ orgId, params }) => {
  const trace = await getWorkflowTrace(orgId, params.traceId ?? "");
  if (!trace) throw notFound("trace");
  return trace;
});
