import { BudgetsDashboard } from "@/components/budgets/budgets-dashboard";
import { WeeklyTeams } from "@/components/budgets/weekly-teams";
import { requireMemberPage } from "@/lib/auth/session";
import { budgetActor } from "@/lib/budgets/actor";
import { getBudgetsPage } from "@/lib/budgets/page-data";

export const metadata = { title: "Budgets" };

export default async function BudgetsPage() {
  const member = await requireMemberPage();
  const data = await getBudgetsPage(member.orgId, member.role === "viewer" ? { userId: member.userId, ledTeamIds: new Set() } : await budgetActor(member));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Budgets</h1>
        <p className="mt-1 text-sm text-slate-600">Spend to date against each budget, the forecast to the period&apos;s end (recent daily run rate by weekday), and each team&apos;s week. Periods are UTC.</p>
      </div>
      <BudgetsDashboard data={data} canCreate={member.role !== "viewer"} />
      {data.weekly.teams.length > 0 && <WeeklyTeams teams={data.weekly.teams} weekStart={data.weekly.weekStart} />}
    </div>
  );
}
