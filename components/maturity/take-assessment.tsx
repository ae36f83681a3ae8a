"use client";

import { AssessmentForm } from "@/components/maturity/assessment-form";
import { QueryError } from "@/components/ui/query-error";
import { FormSkeleton } from "@/components/maturity/skeletons";
import { useMaturityAssessments, useMaturityEvidence, useMaturityQuestions } from "@/lib/hooks/use-maturity";

/** Loads the questionnaire, the evidence and the caller's draft, then opens the form on them. */
export function TakeAssessment({ orgId }: { orgId: string }) {
  const questions = useMaturityQuestions();
  const evidence = useMaturityEvidence(orgId);
  const list = useMaturityAssessments(orgId);
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
