import { TiersPanel } from "@/components/settings/tiers-panel";
import { requireMemberPage } from "@/lib/auth/session";
import { listModelTiers } from "@/lib/pricing/tier-queries";

export const metadata = { title: "Model tiers" };

export default async function TiersPage() {
  const member = await requireMemberPage();
  return <TiersPanel orgId={member.orgId} canEdit={member.role === "admin"} initial={await listModelTiers(member.orgId)} />;
}
