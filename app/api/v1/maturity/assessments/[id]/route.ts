// GET /api/v1/maturity/assessments/:id – one completed assessment with its answers, evidence snapshot and questionnaire (session, or API key with usage:read)
import { orgReadRoute } from "@/lib/api/read-route";
import { uuidParam } from "@/lib/api/route";
import { noQuerySchema } from "@/lib/maturity/schemas";
import { getAssessment } from "@/lib/maturity/queries";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: noQuerySchema }, ({ orgId, params }) => getAssessment(orgId, uuidParam(params.id, "assessment")));
