import { notFound } from "next/navigation";
import { AssessmentResult } from "@/components/maturity/assessment-result";
import { AppError } from "@/lib/api/errors";
import { uuidParam } from "@/lib/api/route";
import { requireMemberPage } from "@/lib/auth/session";
import { getAssessment } from "@/lib/maturity/queries";

export const metadata = { title: "Maturity assessment" };

/** The assessment, or the in-frame 404 for another org's, an unknown or a malformed id. */
async function loadAssessment(orgId: string, id: string) {
  try {
    return await getAssessment(orgId, uuidParam(id, "assessment"));
  } catch (err) {
    if (err instanceof AppError && err.status === 404) notFound();
    throw err;
  }
}

/** A completed assessment (any member of the org may read it). */
export default async function MaturityResultPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMemberPage();
  const { id } = await params;
  return <AssessmentResult key={id} orgId={member.orgId} id={id} initial={await loadAssessment(member.orgId, id)} />;
}
