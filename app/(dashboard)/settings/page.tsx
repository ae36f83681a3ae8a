import { redirect } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { settingsTabsFor } from "@/lib/settings-tabs";

/** Settings opens on the first section the member's role can use. */
export default async function SettingsIndex() {
  const member = await requireMemberPage();
  redirect(settingsTabsFor(member.role)[0].href);
}
