import { MaturityHome } from "@/components/maturity/maturity-home";
import { requireMemberPage } from "@/lib/auth/session";

export const metadata = { title: "Maturity" };

/** The org's maturity: latest result, take or resume, history. */
export default async function MaturityPage() {
  const member = await requireMemberPage();
  return <MaturityHome orgId={member.orgId} />;
}
