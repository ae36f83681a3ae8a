"use client";

import Link from "next/link";
import { LevelLadder } from "@/components/maturity/level-ladder";
import { MaturityHistory } from "@/components/maturity/maturity-history";
import { DimensionRadar, LevelHeadline } from "@/components/maturity/level-summary";
import { Card } from "@/components/ui/card";
import { PRIMARY_BUTTON } from "@/components/ui/form";
import { QueryError } from "@/components/ui/query-error";
import { HomeSkeleton } from "@/components/maturity/skeletons";
import { assessmentTime } from "@/lib/charts/prepare-maturity";
import { useMaturityAssessments } from "@/lib/hooks/use-maturity";
import type { AssessmentList } from "@/lib/maturity/schemas";
import { LEVELS } from "@/lib/maturity/questions";

/** The latest result (or an invitation to take the first), take / resume, and the history. */
export function MaturityHome({ orgId, initial }: { orgId: string; initial?: AssessmentList }) {
  const q = useMaturityAssessments(orgId, initial);
  const data = q.data;
  const latest = data?.assessments[0];
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold tracking-tight">Maturity</h1>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">How far your organisation has come in managing AI cost, on seven levels from Experimental to Market Leading. Questions your data can answer are filled in from it.</p>
        </div>
        {data && (
          <div className="flex flex-wrap gap-2">
            {data.draft ? (
              <Link href="/maturity/take" className={PRIMARY_BUTTON} data-testid="resume-draft">Resume your draft (saved {assessmentTime(data.draft.updatedAt)})</Link>
            ) : (
              <Link href="/maturity/take" className={PRIMARY_BUTTON}>Take the assessment</Link>
            )}
          </div>
        )}
      </header>
      {q.isError && <QueryError what="the assessments" message={q.error.message} stale={!!data} onRetry={() => q.refetch()} />}
      {!data ? (q.isError ? null : <HomeSkeleton />) : !latest ? (
        <Card>
          <div className="flex flex-col items-center px-2 py-8 text-center" data-testid="maturity-invitation">
            <p className="text-base font-medium text-slate-900">No assessment yet</p>
            <p className="mt-2 max-w-lg text-sm text-slate-600">About 40 yes / partly / no questions in eight short steps, about ten minutes. Where Costwise already measures the answer, it is filled in for you. You get your level, a score for each of six dimensions and the concrete steps to the next level.</p>
            <Link href="/maturity/take" className={`${PRIMARY_BUTTON} mt-4`}>{data.draft ? "Resume your draft" : "Take the first assessment"}</Link>
          </div>
        </Card>
      ) : (
        <>
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <Card title="Latest result" subtitle={`${assessmentTime(latest.createdAt)}${latest.takenBy?.name ? ` · ${latest.takenBy.name}` : ""}`}>
              <div data-testid="latest-result">
                <LevelHeadline level={latest.level} levelName={latest.levelName} percent={latest.percent} />
                <div className="mt-4"><LevelLadder levels={LEVELS} level={latest.level} compact /></div>
                <Link href={`/maturity/${latest.id}`} className="mt-4 inline-block text-sm font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">See the full result and next steps →</Link>
              </div>
            </Card>
            <Card title="Dimensions" subtitle="Latest score per dimension, 0–100">
              <DimensionRadar scores={latest.dimensions} height={360} />
            </Card>
          </div>
          <Card title="History" subtitle={`${data.assessments.length} completed assessment${data.assessments.length === 1 ? "" : "s"}, visible to everyone in your organisation`}>
            <MaturityHistory assessments={data.assessments} />
          </Card>
        </>
      )}
    </div>
  );
}
