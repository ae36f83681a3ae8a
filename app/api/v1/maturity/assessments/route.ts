// GET /api/v1/maturity/assessments – the org's completed assessments, newest first, and the caller's draft (session, or API key with usage:read)
// POST – save the caller's draft (200) or submit a completed assessment (201); any member
import { apiKeyRoute } from "@/lib/api/api-key-route";
import { jsonResponse } from "@/lib/api/json";
import { byAuthorization } from "@/lib/api/read-route";
import { memberRoute } from "@/lib/api/route";
import { firstValues } from "@/lib/filters/schema";
import { assessmentBodySchema, noQuerySchema } from "@/lib/maturity/schemas";
import { listAssessments, saveDraft, submitAssessment } from "@/lib/maturity/queries";

export const dynamic = "force-dynamic";

export const GET = byAuthorization(
  // a service has no draft of its own
  apiKeyRoute({ scope: "usage:read" }, async ({ key, req }) => {
    noQuerySchema.parse(firstValues(new URL(req.url).searchParams));
    return listAssessments(key.orgId, null);
  }),
  memberRoute({ query: noQuerySchema }, ({ member }) => listAssessments(member.orgId, member.userId)),
);

export const POST = memberRoute({ body: assessmentBodySchema() }, async ({ member, body }) =>
  body.draft ? saveDraft(member.orgId, member.userId, body) : jsonResponse(await submitAssessment(member.orgId, member.userId, body), 201),
);
