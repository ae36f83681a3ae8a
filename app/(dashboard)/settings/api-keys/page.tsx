import { headers } from "next/headers";
import { ApiKeysPanel } from "@/components/settings/api-keys-panel";
import { Card } from "@/components/ui/card";
import { requireMemberPage } from "@/lib/auth/session";
import { listApiKeys } from "@/lib/api-keys/queries";

export const metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const member = await requireMemberPage();
  if (member.role !== "admin") {
    return <Card><p className="text-sm text-slate-600">Only admins can see and manage API keys. Ask an admin of {member.orgName} for a key.</p></Card>;
  }
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
  return <ApiKeysPanel orgId={member.orgId} initial={await listApiKeys(member.orgId)} origin={origin} />;
}
