// Maturity assessments of an org: the questionnaire, each member's one draft, and
// completed assessments with the evidence snapshot they were taken against. Any
// member may take one; every completed one is visible to the whole org. Every
// function takes orgId first and scopes every read and write to it.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { isoDay } from "@/lib/time/utc-days";
import { measureEvidence } from "@/lib/maturity/evidence";
import { LEVELS, NOT_STARTED, currentQuestionnaire, questionnaire, type Answer, type DimensionId, type Questionnaire } from "@/lib/maturity/questions";
import { scoreAssessment, type NextStep } from "@/lib/maturity/scoring";
import type { AssessmentBody, AssessmentDetail, AssessmentList, AssessmentSummary, CreatedAssessment, DraftView, EvidenceItem, QuestionsResponse, SavedDraft } from "@/lib/maturity/schemas";

/** How many completed assessments the history lists (newest first). */
export const ASSESSMENTS_SHOWN = 100;

/** A questionnaire as the API gives it (the next-step wording stays internal). */
export function questionsView(qn: Questionnaire): QuestionsResponse {
  return {
    version: qn.version,
    levels: qn.levels,
    dimensions: [...qn.dimensions],
    questions: qn.questions.map((q) => ({ id: q.id, level: q.level, dimension: q.dimension, text: q.text, help: q.help, evidence: q.evidence, practiceStep: q.practiceStep })),
  };
}

/** GET /api/v1/maturity/questions: the current questionnaire. */
export const getQuestions = (): QuestionsResponse => questionsView(currentQuestionnaire());

type Json = Prisma.InputJsonValue;
type Answers = Record<string, Answer>;
type Notes = Record<string, string>;

const draftView = (d: { id: string; version: string; answers: unknown; notes: unknown; updatedAt: Date }): DraftView => ({
  id: d.id, version: d.version, answers: d.answers as Answers, notes: d.notes as Notes, updatedAt: d.updatedAt.toISOString(),
});

/** Save (replace) the member's one draft; partial answers are scored as if the rest were "no". */
export async function saveDraft(orgId: string, userId: string, body: AssessmentBody): Promise<SavedDraft> {
  const qn = currentQuestionnaire();
  const data = { version: qn.version, answers: body.answers as Json, notes: body.notes as Json, updatedAt: new Date() };
  const d = await getPrisma().assessmentDraft.upsert({ where: { orgId_userId: { orgId, userId } }, create: { orgId, userId, ...data }, update: data });
  return { ...draftView(d), draft: true, ...scoreAssessment(qn, body.answers) };
}

/**
 * Submit a completed assessment: score it with the next steps worded from the
 * evidence at `now`, store it with that evidence, and delete the member's draft.
 */
export async function submitAssessment(orgId: string, userId: string, body: AssessmentBody, now = new Date()): Promise<CreatedAssessment> {
  const qn = currentQuestionnaire();
  const measured = await measureEvidence(orgId, now);
  const score = scoreAssessment(qn, body.answers, measured.steps);
  const created = await getPrisma().$transaction(async (tx) => {
    const a = await tx.assessment.create({
      data: {
        orgId,
        version: qn.version,
        level: score.level,
        percent: score.percent,
        answers: body.answers as Json,
        notes: body.notes as Json,
        evidence: measured.evidence as Json,
        periodFrom: new Date(`${measured.period.from}T00:00:00Z`),
        periodTo: new Date(`${measured.period.to}T00:00:00Z`),
        dimensions: score.dimensions as Json,
        nextSteps: score.nextSteps as Json,
        createdById: userId,
        createdAt: now,
      },
    });
    await tx.assessmentDraft.deleteMany({ where: { orgId, userId } });
    await recordAudit(orgId, userId, "maturity.assessment.created", a.id, { version: qn.version, level: score.level }, tx);
    return a;
  });
  return { id: created.id, draft: false, version: qn.version, createdAt: created.createdAt.toISOString(), ...score };
}

type Row = { id: string; version: string; level: number; percent: number; dimensions: unknown; createdById: string | null; createdAt: Date };

/** The level's name in the questionnaire the assessment answered. */
function levelName(version: string, level: number): string {
  if (level === 0) return NOT_STARTED.name;
  return (questionnaire(version)?.levels ?? LEVELS).find((l) => l.level === level)?.name ?? `Level ${level}`;
}

/** Who took each assessment, by name (their email when they gave none; null once the user is gone). */
async function takenBy(rows: { createdById: string | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  const users = ids.length ? await getPrisma().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }) : [];
  return new Map(users.map((u) => [u.id, u.name ?? u.email]));
}

const summary = (r: Row, who: Map<string, string>): AssessmentSummary => ({
  id: r.id,
  createdAt: r.createdAt.toISOString(),
  version: r.version,
  level: r.level,
  levelName: levelName(r.version, r.level),
  percent: r.percent,
  dimensions: r.dimensions as Record<DimensionId, number>,
  takenBy: { name: (r.createdById && who.get(r.createdById)) || null },
});

/** The org's completed assessments, newest first, and the caller's own draft (none for an API key: `userId` null). */
export async function listAssessments(orgId: string, userId: string | null): Promise<AssessmentList> {
  const prisma = getPrisma();
  const [rows, draft] = await Promise.all([
    prisma.assessment.findMany({
      where: { orgId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: ASSESSMENTS_SHOWN,
      select: { id: true, version: true, level: true, percent: true, dimensions: true, createdById: true, createdAt: true },
    }),
    userId ? prisma.assessmentDraft.findUnique({ where: { orgId_userId: { orgId, userId } } }) : null,
  ]);
  const who = await takenBy(rows);
  return { assessments: rows.map((r) => summary(r, who)), draft: draft ? draftView(draft) : null };
}

/** One completed assessment with its answers, notes, evidence snapshot and its questionnaire; 404 for a missing or another org's id. */
export async function getAssessment(orgId: string, id: string): Promise<AssessmentDetail> {
  const a = await getPrisma().assessment.findUnique({ where: { orgId_id: { orgId, id } } });
  if (!a) throw notFound("assessment");
  const who = await takenBy([a]);
  const qn = questionnaire(a.version);
  const view = qn ? questionsView(qn) : { questions: [], levels: LEVELS };
  return {
    ...summary(a, who),
    nextSteps: a.nextSteps as NextStep[],
    answers: a.answers as Answers,
    notes: a.notes as Notes,
    evidence: a.evidence as EvidenceItem[],
    period: { from: isoDay(a.periodFrom.getTime()), to: isoDay(a.periodTo.getTime()) },
    questions: view.questions,
    levels: view.levels,
  };
}
