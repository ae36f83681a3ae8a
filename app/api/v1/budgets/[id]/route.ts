// PATCH /api/v1/budgets/:id – change a budget; DELETE – remove it (admin, or lead for their teams)
import { memberRoute, uuidParam } from "@/lib/api/route";
import { budgetActor } from "@/lib/budgets/actor";
import { deleteBudget, updateBudget } from "@/lib/budgets/queries";
import { updateBudgetSchema } from "@/lib/budgets/schemas";

export const dynamic = "force-dynamic";

export const PATCH = memberRoute({ roles: ["admin", "lead"], body: updateBudgetSchema }, async ({ member, params, body }) =>
  updateBudget(member.orgId, await budgetActor(member), uuidParam(params.id, "budget"), body),
);

export const DELETE = memberRoute({ roles: ["admin", "lead"] }, async ({ member, params }) =>
  deleteBudget(member.orgId, await budgetActor(member), uuidParam(params.id, "budget")),
);
