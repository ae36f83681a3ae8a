// GET /api/v1/alert-rules – per-end-user spend rules (members) · POST – add one (admin; lead for their teams' features)
import { jsonResponse } from "@/lib/api/json";
import { memberRoute } from "@/lib/api/route";
import { createAlertRuleSchema } from "@/lib/alerts/schemas";
import { createAlertRule, listAlertRules } from "@/lib/alerts/rules";

export const dynamic = "force-dynamic";

export const GET = memberRoute({}, async ({ member }) => ({ rules: await listAlertRules(member.orgId) }));

export const POST = memberRoute({ roles: ["admin", "lead"], body: createAlertRuleSchema }, async ({ member, body }) =>
  jsonResponse(await createAlertRule(member, body), 201),
);
