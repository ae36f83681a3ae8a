"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { fetchJson, sendJson } from "@/lib/hooks/fetch-json";

// The maturity API's JSON as the pages read it (the issue-12 contract).
const answer = z.enum(["yes", "partly", "no"]);
const answers = z.record(z.string(), answer);
const notes = z.record(z.string(), z.string());
const dimensions = z.record(z.string(), z.number());
const question = z.object({
  id: z.string(), level: z.number().int().nullable(), dimension: z.string(), text: z.string(), help: z.string().nullish(),
  evidence: z.boolean(), practiceStep: z.string().nullable(),
});
const level = z.object({ level: z.number().int(), name: z.string(), percent: z.number(), description: z.string() });
const evidenceItem = z.object({
  questionId: z.string(), measured: z.boolean(), answer: answer.nullable(), figure: z.string(), value: z.number().nullable(), href: z.string().nullish(),
});
const period = z.object({ from: z.string(), to: z.string() });
const nextStep = z.object({ questionId: z.string(), level: z.number().int().nullable(), dimension: z.string(), text: z.string(), href: z.string().nullish() });
const summary = z.object({
  id: z.string(), createdAt: z.string(), version: z.string(), level: z.number().int(), levelName: z.string(), percent: z.number(), dimensions,
  takenBy: z.object({ name: z.string().nullable() }).nullable(),
});
const draft = z.object({ id: z.string(), version: z.string(), answers, notes, updatedAt: z.string() });

export const maturityQuestionsSchema = z.object({ version: z.string(), levels: z.array(level), dimensions: z.array(z.object({ id: z.string(), label: z.string() })), questions: z.array(question) });
export const maturityEvidenceSchema = z.object({ version: z.string(), period, evidence: z.array(evidenceItem) });
export const maturityListSchema = z.object({ assessments: z.array(summary), draft: draft.nullable() });
export const maturityDetailSchema = summary.extend({
  nextSteps: z.array(nextStep), answers, notes, evidence: z.array(evidenceItem), period, questions: z.array(question), levels: z.array(level),
});
export const maturitySavedSchema = z.object({ id: z.string(), draft: z.boolean() }).passthrough();

export type MaturityAnswer = z.infer<typeof answer>;
export type MaturityQuestion = z.infer<typeof question>;
export type MaturityLevel = z.infer<typeof level>;
export type MaturityEvidence = z.infer<typeof evidenceItem>;
export type MaturityQuestions = z.infer<typeof maturityQuestionsSchema>;
export type MaturityEvidenceList = z.infer<typeof maturityEvidenceSchema>;
export type MaturitySummary = z.infer<typeof summary>;
export type MaturityDraft = z.infer<typeof draft>;
export type MaturityDetail = z.infer<typeof maturityDetailSchema>;
export type MaturityNextStep = z.infer<typeof nextStep>;
export type MaturitySubmission = { answers: Record<string, MaturityAnswer>; notes: Record<string, string>; draft: boolean };

/** The current questionnaire (it changes only with a release: never refetched while open). */
export function useMaturityQuestions() {
  return useQuery({ queryKey: ["maturity", "questions"], queryFn: async () => maturityQuestionsSchema.parse(await fetchJson("/api/v1/maturity/questions")), staleTime: Infinity });
}

/** What the org's own data says, for the evidence questions. */
export function useMaturityEvidence(orgId: string) {
  return useQuery({ queryKey: ["maturity", orgId, "evidence"], queryFn: async () => maturityEvidenceSchema.parse(await fetchJson("/api/v1/maturity/evidence")) });
}

/** The org's completed assessments (newest first) and the caller's own draft. */
export function useMaturityAssessments(orgId: string) {
  return useQuery({ queryKey: ["maturity", orgId, "assessments"], queryFn: async () => maturityListSchema.parse(await fetchJson("/api/v1/maturity/assessments")) });
}

/** One completed assessment with its answers, the evidence snapshot and that version's questions. */
export function useMaturityAssessment(orgId: string, id: string) {
  return useQuery({
    queryKey: ["maturity", orgId, "assessment", id],
    queryFn: async () => maturityDetailSchema.parse(await fetchJson(`/api/v1/maturity/assessments/${encodeURIComponent(id)}`)),
    retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
  });
}

/** Save the draft (draft: true) or submit the assessment (draft: false). */
export function useSaveMaturity(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: MaturitySubmission) => maturitySavedSchema.parse(await sendJson("POST", "/api/v1/maturity/assessments", body)),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["maturity", orgId, "assessments"] }),
  });
}
