// GET /api/v1/budgets – every budget with its current period, forecast and past periods; POST – create one (admin, or lead for their teams)
import { jsonResponse } from "@/lib/api/json";
import { memberRoute } from "@/lib/api/route";
import { budgetActor } from "@/lib/budgets/actor";
import { createBudget, listBudgets } from "@/lib/budgets/queries";
import { createBudgetSchema } from "@/lib/budgets/schemas";

export const dynamic = "force-dynamic";

export const GET = memberRoute({}, async ({ member }) => ({ budgets: await listBudgets(member.orgId) }));

export const POST = memberRoute({ roles: ["admin", "lead"], body: createBudgetSchema }, async ({ member, body }) =>
  jsonResponse(await createBudget(member.orgId, await budgetActor(member), body), 201),
);
