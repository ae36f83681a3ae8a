import { PricesPanel } from "@/components/settings/prices-panel";
import { requireMemberPage } from "@/lib/auth/session";
import { listPriceOverrides, listUnpricedModels } from "@/lib/pricing/overrides";

export const metadata = { title: "Prices" };

export default async function PricesPage() {
  const member = await requireMemberPage();
  const [overrides, unpriced] = await Promise.all([listPriceOverrides(member.orgId), listUnpricedModels(member.orgId)]);
  return <PricesPanel orgId={member.orgId} canEdit={member.role === "admin"} initial={{ overrides, unpriced }} />;
}
