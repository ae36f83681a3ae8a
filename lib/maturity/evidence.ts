// Evidence for the maturity questionnaire from the org's own data (docs/design.md §7):
// one item per question marked `evidence`, over the last 30 full UTC days.
import "server-only";
import { currentQuestionnaire } from "@/lib/maturity/questions";
import type { StepOverrides } from "@/lib/maturity/scoring";
import type { EvidenceItem, EvidenceResponse } from "@/lib/maturity/schemas";
import { DAY_MS, isoDay, utcMidnight } from "@/lib/time/utc-days";

/** Days of data the evidence reads: the last 30 full UTC days before today. */
export const EVIDENCE_DAYS = 30;

export function evidencePeriod(now: Date): { from: string; to: string } {
  const today = utcMidnight(now);
  return { from: isoDay(today - EVIDENCE_DAYS * DAY_MS), to: isoDay(today - DAY_MS) };
}

export type MeasuredEvidence = EvidenceResponse & { steps: StepOverrides };

/** The evidence at `now`, with the next-step wording its figures give. */
export async function measureEvidence(orgId: string, now = new Date()): Promise<MeasuredEvidence> {
  void orgId;
  const qn = currentQuestionnaire();
  const evidence: EvidenceItem[] = qn.questions
    .filter((q) => q.evidence)
    .map((q) => ({ questionId: q.id, measured: false, answer: null, figure: "Not measured yet", value: null, href: q.step.href }));
  return { version: qn.version, period: evidencePeriod(now), evidence, steps: {} };
}

/** GET /api/v1/maturity/evidence. */
export async function getEvidence(orgId: string, now = new Date()): Promise<EvidenceResponse> {
  const { steps: _steps, ...rest } = await measureEvidence(orgId, now);
  return rest;
}
