// The budget actor of a signed-in member: an admin manages every budget, a lead
// those of the teams they lead (lib/auth/team-leads.ts).
import "server-only";
import { managedTeamIds } from "@/lib/auth/team-leads";
import type { Member } from "@/lib/auth/session";
import type { BudgetActor } from "@/lib/budgets/queries";

export async function budgetActor(member: Member): Promise<BudgetActor> {
  return { userId: member.userId, ledTeamIds: await managedTeamIds(member) };
}
