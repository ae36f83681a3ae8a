// GET /api/v1/maturity/questions – the current maturity questionnaire (session, or API key with usage:read)
import { orgReadRoute } from "@/lib/api/read-route";
import { noQuerySchema } from "@/lib/maturity/schemas";
import { getQuestions } from "@/lib/maturity/queries";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: noQuerySchema }, async () => getQuestions());
