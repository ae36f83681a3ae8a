"use client";

import { AssessmentForm } from "@/components/maturity/assessment-form";
import { QueryError } from "@/components/ui/query-error";
import { FormSkeleton } from "@/components/maturity/skeletons";
import { useMaturityAssessments, useMaturityEvidence, useMaturityQuestions, type MaturityEvidenceList, type MaturityQuestions } from "@/lib/hooks/use-maturity";
import type { AssessmentList } from "@/lib/maturity/schemas";

/** The questionnaire, the evidence and the caller's draft (loaded by the page), and the form opened on them. */
export function TakeAssessment({ orgId, initial }: { orgId: string; initial?: { questions: MaturityQuestions; evidence: MaturityEvidenceList; list: AssessmentList } }) {
  const questions = useMaturityQuestions(initial?.questions);
  const evidence = useMaturityEvidence(orgId, initial?.evidence);
  const list = useMaturityAssessments(orgId, initial?.list);
  const failed = [
    { what: "the questionnaire", q: questions },
    { what: "the evidence from your data", q: evidence },
    { what: "your draft", q: list },
  ].find((x) => x.q.isError);
  if (failed) return <QueryError what={failed.what} message={failed.q.error?.message ?? ""} stale={false} onRetry={() => failed.q.refetch()} />;
  if (!questions.data || !evidence.data || !list.data) return <FormSkeleton />;
  // mounted once with what the server had: later refetches must not reset answers being given
  return <AssessmentForm orgId={orgId} questions={questions.data} evidence={evidence.data} draft={list.data.draft} />;
}
