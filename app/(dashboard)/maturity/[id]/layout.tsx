import { requireMemberPage } from "@/lib/auth/session";
import { loadAssessment } from "./load-assessment";

/**
 * An unknown id (or another org's) is the in-frame 404 with a 404 status: checked
 * here, above the page's loading boundary, before the response starts streaming.
 */
export default async function AssessmentLayout({ params, children }: { params: Promise<{ id: string }>; children: React.ReactNode }) {
  const member = await requireMemberPage();
  await loadAssessment(member.orgId, (await params).id);
  return children;
}
