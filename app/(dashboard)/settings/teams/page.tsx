import { TeamsPanel } from "@/components/settings/teams-panel";
import { requireMemberPage } from "@/lib/auth/session";
import { listTeamsAndFeatures } from "@/lib/teams/queries";

export const metadata = { title: "Teams & features" };

export default async function TeamsPage() {
  const member = await requireMemberPage();
  return <TeamsPanel orgId={member.orgId} canEdit={member.role === "admin"} initial={await listTeamsAndFeatures(member.orgId)} />;
}
