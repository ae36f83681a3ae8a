import { WebhooksPanel } from "@/components/settings/webhooks-panel";
import { Card } from "@/components/ui/card";
import { requireMemberPage } from "@/lib/auth/session";
import { listWebhooks } from "@/lib/webhooks/queries";

export const metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const member = await requireMemberPage();
  if (member.role !== "admin") {
    return <Card><p className="text-sm text-slate-600">Only admins can see and manage webhooks. Ask an admin of {member.orgName} to add one.</p></Card>;
  }
  return <WebhooksPanel orgId={member.orgId} initial={await listWebhooks(member.orgId)} />;
}
