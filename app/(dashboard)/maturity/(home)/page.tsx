import { MaturityHome } from "@/components/maturity/maturity-home";
import { requireMemberPage } from "@/lib/auth/session";
import { listAssessments } from "@/lib/maturity/queries";

export const metadata = { title: "Maturity" };

/** The org's maturity: latest result, take or resume (the caller's own draft), history. */
export default async function MaturityPage() {
  const member = await requireMemberPage();
  const list = await listAssessments(member.orgId, member.userId);
  return <MaturityHome orgId={member.orgId} initial={list} />;
}
