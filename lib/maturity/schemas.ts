// Maturity API shapes (issue 12): the questionnaire, the evidence from the org's
// data, and assessments (drafts and completed ones). Request schemas check answers
// against the current questionnaire; response schemas are what the API tests
// validate against. Client-safe.
import { z } from "zod";
import { ANSWERS, DIMENSION_IDS, PRACTICE_STEPS, currentQuestionnaire, type Questionnaire } from "@/lib/maturity/questions";
import { isStorableText, STORABLE_MESSAGE } from "@/lib/validation/storable-text";

export const MAX_NOTE_CHARS = 1000;

const answer = z.enum(ANSWERS, { error: "must be yes, partly or no" });
const note = z
  .string({ error: "must be a string" })
  .max(MAX_NOTE_CHARS, { error: `must be at most ${MAX_NOTE_CHARS} characters` })
  .refine(isStorableText, { error: STORABLE_MESSAGE });

/**
 * POST /api/v1/maturity/assessments: answers (and optional notes) keyed by question
 * id of the current questionnaire; a draft may be partial, a submission must answer
 * every question. Unknown ids and missing answers are issues naming each id.
 */
export const assessmentBodySchema = (qn: Questionnaire = currentQuestionnaire()) =>
  z.preprocess(refuseProtoKeys, bodyShape(qn));

/** A JSON "__proto__" key would vanish in parsing (records are rebuilt by assignment): refuse it as an unknown id instead. */
function refuseProtoKeys(raw: unknown, ctx: { addIssue(issue: { code: "custom"; path: PropertyKey[]; message: string; input: unknown }): void }) {
  for (const field of ["answers", "notes"]) {
    const value = (raw as Record<string, unknown> | null)?.[field];
    if (typeof value === "object" && value !== null && Object.hasOwn(value, "__proto__")) ctx.addIssue({ code: "custom", path: [field, "__proto__"], message: "unknown question id", input: raw });
  }
  return raw;
}

const bodyShape = (qn: Questionnaire) =>
  z
    .object({
      answers: z.record(z.string(), answer),
      notes: z.record(z.string(), note).optional(),
      draft: z.boolean({ error: "must be true or false" }).optional(),
    })
    .strict()
    .superRefine((b, ctx) => {
      const ids = new Set(qn.questions.map((q) => q.id));
      for (const field of ["answers", "notes"] as const) {
        for (const id of Object.keys(b[field] ?? {})) if (!ids.has(id)) ctx.addIssue({ code: "custom", path: [field, id], message: `unknown question id (questionnaire ${qn.version})` });
      }
      if (b.draft !== true) {
        for (const q of qn.questions) if (!Object.hasOwn(b.answers, q.id)) ctx.addIssue({ code: "custom", path: ["answers", q.id], message: "must be answered (yes, partly or no) to submit; save with draft:true to finish later" });
      }
    })
    .transform((b) => ({
      answers: b.answers,
      // blank notes say nothing: they are not kept
      notes: Object.fromEntries(Object.entries(b.notes ?? {}).filter(([, n]) => n.trim() !== "")),
      draft: b.draft === true,
    }));
export type AssessmentBody = z.output<ReturnType<typeof assessmentBodySchema>>;

/** Read APIs take no parameters: any is a 400 naming it. */
export const noQuerySchema = z.object({}).strict();

// ---- responses ---------------------------------------------------------------

const dimension = z.enum(DIMENSION_IDS);
const levelSchema = z.object({ level: z.number().int(), name: z.string(), percent: z.number().int(), description: z.string() });
export const questionSchema = z.object({
  id: z.string(),
  level: z.number().int().min(1).max(7).nullable(),
  dimension,
  text: z.string(),
  help: z.string(),
  evidence: z.boolean(),
  practiceStep: z.enum(PRACTICE_STEPS).nullable(),
});

export const questionsSchema = z.object({
  version: z.string(),
  levels: z.array(levelSchema),
  dimensions: z.array(z.object({ id: dimension, label: z.string() })),
  questions: z.array(questionSchema),
});
export type QuestionsResponse = z.infer<typeof questionsSchema>;

export const evidenceItemSchema = z.object({
  questionId: z.string(),
  measured: z.boolean(),
  answer: answer.nullable(),
  figure: z.string(),
  value: z.number().nullable(),
  href: z.string(),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

const period = z.object({ from: z.iso.date(), to: z.iso.date() });
export const evidenceSchema = z.object({ version: z.string(), period, evidence: z.array(evidenceItemSchema) });
export type EvidenceResponse = z.infer<typeof evidenceSchema>;

const answers = z.record(z.string(), answer);
const notes = z.record(z.string(), z.string());
const dimensions = z.record(dimension, z.number().int().min(0).max(100));
export const nextStepSchema = z.object({ questionId: z.string(), level: z.number().int(), dimension, text: z.string(), href: z.string() });
const result = { level: z.number().int().min(0).max(7), levelName: z.string(), percent: z.number().int(), dimensions };
const takenBy = z.object({ name: z.string().nullable() });

export const draftSchema = z.object({ id: z.uuid(), version: z.string(), answers, notes, updatedAt: z.iso.datetime() });
export type DraftView = z.infer<typeof draftSchema>;

/** 200 to a draft save: the draft, scored as if unanswered questions were "no". */
export const savedDraftSchema = draftSchema.extend({ draft: z.literal(true), ...result, nextSteps: z.array(nextStepSchema) });
export type SavedDraft = z.infer<typeof savedDraftSchema>;

/** 201 to a submission. */
export const createdAssessmentSchema = z.object({ id: z.uuid(), draft: z.literal(false), version: z.string(), createdAt: z.iso.datetime(), ...result, nextSteps: z.array(nextStepSchema) });
export type CreatedAssessment = z.infer<typeof createdAssessmentSchema>;

export const assessmentSummarySchema = z.object({ id: z.uuid(), createdAt: z.iso.datetime(), version: z.string(), ...result, takenBy });
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const assessmentListSchema = z.object({ assessments: z.array(assessmentSummarySchema), draft: draftSchema.nullable() });
export type AssessmentList = z.infer<typeof assessmentListSchema>;

export const assessmentDetailSchema = assessmentSummarySchema.extend({
  nextSteps: z.array(nextStepSchema),
  answers,
  notes,
  evidence: z.array(evidenceItemSchema),
  period,
  questions: z.array(questionSchema),
  levels: z.array(levelSchema),
});
export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>;
