import { AppShell } from "@/components/layout/app-shell";
import { requireMemberPage } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMemberPage();
  const openAlerts = await getPrisma().alert.count({ where: { orgId: member.orgId, status: "open" } });
  return (
    <AppShell member={member} openAlerts={openAlerts}>
      {children}
    </AppShell>
  );
}
