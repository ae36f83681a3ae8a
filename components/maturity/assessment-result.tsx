"use client";

import Link from "next/link";
import { AnswersTable } from "@/components/maturity/answers-table";
import { LevelLadder } from "@/components/maturity/level-ladder";
import { DimensionRadar, LevelHeadline } from "@/components/maturity/level-summary";
import { NextSteps } from "@/components/maturity/next-steps";
import { PrintButton } from "@/components/maturity/print-button";
import { Card } from "@/components/ui/card";
import { PageMessage } from "@/components/ui/page-message";
import { QueryError } from "@/components/ui/query-error";
import { ResultSkeleton } from "@/components/maturity/skeletons";
import { UserText } from "@/components/ui/user-text";
import { assessmentDay, assessmentTime } from "@/lib/charts/prepare-maturity";
import { useMaturityAssessment, type MaturityDetail } from "@/lib/hooks/use-maturity";

/** One completed assessment: level, ladder, radar, next steps and every answer beside its evidence; printable. */
export function AssessmentResult({ orgId, id, initial }: { orgId: string; id: string; initial?: MaturityDetail }) {
  const q = useMaturityAssessment(orgId, id, initial);
  if (q.isError && (q.error as { status?: number }).status === 404) {
    return <PageMessage title="No such assessment" code={404}>This assessment does not exist in your organisation. <Link className="text-indigo-700 underline" href="/maturity">See all assessments</Link>.</PageMessage>;
  }
  const a = q.data;
  return (
    <div className="space-y-6 print:space-y-4 print:text-black">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm print:hidden"><Link href="/maturity" className="text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">← Maturity</Link></p>
          <h1 className="text-xl font-semibold tracking-tight">Maturity assessment{a ? ` of ${assessmentDay(a.createdAt)}` : ""}</h1>
          {a && (
            <p className="mt-1 text-sm text-slate-600 print:text-black">
              Taken {a.takenBy?.name ? <>by <UserText>{a.takenBy.name}</UserText> </> : ""}on {assessmentTime(a.createdAt)} · evidence from {a.period.from} to {a.period.to} · questionnaire {a.version}
            </p>
          )}
        </div>
        {a && <PrintButton />}
      </header>
      {q.isError && <QueryError what="the assessment" message={q.error.message} stale={!!a} onRetry={() => q.refetch()} />}
      {!a ? (q.isError ? null : <ResultSkeleton />) : (
        <>
          <Card className="print:border-black print:shadow-none">
            <LevelHeadline level={a.level} levelName={a.levelName} percent={a.percent} />
          </Card>
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] print:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <Card title="The seven levels" subtitle="A level counts when it and every level below it are met" className="print:border-black print:shadow-none">
              <LevelLadder levels={a.levels} level={a.level} />
            </Card>
            <Card title="Dimensions" subtitle="Score per dimension, 0–100, over every question of that dimension" className="break-inside-avoid print:border-black print:shadow-none">
              <DimensionRadar scores={a.dimensions} />
            </Card>
          </div>
          <Card title="Next steps" subtitle="The gaps that block the next level, each with the page that helps" className="break-inside-avoid print:border-black print:shadow-none">
            <NextSteps steps={a.nextSteps} level={a.level} levels={a.levels} />
          </Card>
          <Card title="Answers" subtitle="Your answers beside what your data said when the assessment was taken" className="print:border-black print:shadow-none">
            <AnswersTable a={a} />
          </Card>
        </>
      )}
    </div>
  );
}
