"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { fetchJson, sendJson } from "@/lib/hooks/fetch-json";

import {
  assessmentDetailSchema, assessmentListSchema, createdAssessmentSchema, evidenceSchema, questionsSchema, savedDraftSchema,
  type AssessmentDetail, type AssessmentList, type AssessmentSummary, type DraftView, type EvidenceItem, type EvidenceResponse, type QuestionsResponse,
} from "@/lib/maturity/schemas";
import type { Answer } from "@/lib/maturity/questions";

export type MaturityAnswer = Answer;
export type MaturityQuestions = QuestionsResponse;
export type MaturityQuestion = QuestionsResponse["questions"][number];
export type MaturityLevel = QuestionsResponse["levels"][number];
export type MaturityEvidence = EvidenceItem;
export type MaturityEvidenceList = EvidenceResponse;
export type MaturitySummary = AssessmentSummary;
export type MaturityDraft = DraftView;
export type MaturityDetail = AssessmentDetail;
export type MaturityNextStep = AssessmentDetail["nextSteps"][number];
export type MaturitySubmission = { answers: Record<string, MaturityAnswer>; notes: Record<string, string>; draft: boolean };

const savedSchema = z.discriminatedUnion("draft", [savedDraftSchema, createdAssessmentSchema]);

/** The current questionnaire (it changes only with a release: never refetched while open). */
export function useMaturityQuestions(initialData?: MaturityQuestions) {
  return useQuery({ queryKey: ["maturity", "questions"], queryFn: async () => questionsSchema.parse(await fetchJson("/api/v1/maturity/questions")), staleTime: Infinity, initialData });
}

/** What the org's own data says, for the evidence questions. */
export function useMaturityEvidence(orgId: string, initialData?: MaturityEvidenceList) {
  return useQuery({ queryKey: ["maturity", orgId, "evidence"], queryFn: async () => evidenceSchema.parse(await fetchJson("/api/v1/maturity/evidence")), initialData });
}

/** The org's completed assessments (newest first) and the caller's own draft. */
export function useMaturityAssessments(orgId: string, initialData?: AssessmentList) {
  return useQuery({ queryKey: ["maturity", orgId, "assessments"], queryFn: async () => assessmentListSchema.parse(await fetchJson("/api/v1/maturity/assessments")), initialData });
}

/** One completed assessment with its answers, the evidence snapshot and that version's questions. */
export function useMaturityAssessment(orgId: string, id: string, initialData?: MaturityDetail) {
  return useQuery({
    queryKey: ["maturity", orgId, "assessment", id],
    initialData,
    staleTime: Infinity, // a completed assessment never changes
    queryFn: async () => assessmentDetailSchema.parse(await fetchJson(`/api/v1/maturity/assessments/${encodeURIComponent(id)}`)),
    retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
  });
}

/** Save the draft (draft: true) or submit the assessment (draft: false). */
export function useSaveMaturity(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: MaturitySubmission) => savedSchema.parse(await sendJson("POST", "/api/v1/maturity/assessments", body)),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["maturity", orgId, "assessments"] }),
  });
}
