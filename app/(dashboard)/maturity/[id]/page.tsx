import { AssessmentResult } from "@/components/maturity/assessment-result";
import { requireMemberPage } from "@/lib/auth/session";
import { loadAssessment } from "./load-assessment";

export const metadata = { title: "Maturity assessment" };

/** A completed assessment (any member of the org may read it). */
export default async function MaturityResultPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMemberPage();
  const { id } = await params;
  return <AssessmentResult key={id} orgId={member.orgId} id={id} initial={await loadAssessment(member.orgId, id)} />;
}
