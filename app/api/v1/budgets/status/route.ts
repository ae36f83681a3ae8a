// GET /api/v1/budgets/status?team=<key> | ?feature=<key> – the gateway enforcement hook (API key scope budgets:read, or a session).
// Covering: ?team= answers for that team's budgets; ?feature= for the feature's own budgets and its owning team's
// (a request for a feature spends the team's money too). `allowed` is false once any covered hard budget is exhausted.
// Answers are cached per process and invalidated across processes on spend or budget changes (lib/budgets/status.ts).
import { notFound } from "@/lib/api/errors";
import { orgReadRoute } from "@/lib/api/read-route";
import { getBudgetStatus } from "@/lib/budgets/status";
import { statusQuerySchema } from "@/lib/budgets/schemas";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "budgets:read", query: statusQuerySchema }, async ({ orgId, query }) => {
  const status = await getBudgetStatus(orgId, query.team !== undefined ? { team: query.team } : { feature: query.feature! });
  if (!status) throw notFound(query.team !== undefined ? `team "${query.team}"` : `feature "${query.feature}"`);
  return status;
});
