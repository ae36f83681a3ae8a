import Link from "next/link";
import { TakeAssessment } from "@/components/maturity/take-assessment";
import { requireMemberPage } from "@/lib/auth/session";
import { getEvidence } from "@/lib/maturity/evidence";
import { getQuestions, listAssessments } from "@/lib/maturity/queries";

export const metadata = { title: "Take the maturity assessment" };

/** The guided assessment (any member may take one; the draft is the caller's own). */
export default async function TakeMaturityPage() {
  const member = await requireMemberPage();
  const [evidence, list] = await Promise.all([getEvidence(member.orgId), listAssessments(member.orgId, member.userId)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <p className="text-sm"><Link href="/maturity" className="text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">← Maturity</Link></p>
        <h1 className="text-xl font-semibold tracking-tight">Maturity assessment</h1>
        <p className="mt-1 text-sm text-slate-600">Answer yes, partly or no. Answers your data can give are filled in and marked; change them if you know better, and say why.</p>
      </header>
      <TakeAssessment orgId={member.orgId} initial={{ questions: getQuestions(), evidence, list }} />
    </div>
  );
}
