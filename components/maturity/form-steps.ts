// The assessment form's steps and what a resumed draft starts from. Pure: the
// steps are levels 1–7 in order, then the practice checklist (questions with no level).
import type { MaturityAnswer, MaturityEvidence, MaturityLevel, MaturityQuestion } from "@/lib/hooks/use-maturity";
import { PRACTICE_STEPS } from "@/lib/maturity/questions";

export type FormStep = { key: string; title: string; subtitle: string; questions: MaturityQuestion[] };

const PRACTICE_ORDER: readonly string[] = PRACTICE_STEPS;

/** Eight steps: one per level (1–7), then the five-step practice checklist. */
export function formSteps(questions: MaturityQuestion[], levels: MaturityLevel[]): FormStep[] {
  const byLevel = [...levels].sort((a, b) => a.level - b.level).map((l) => ({
    key: `level-${l.level}`,
    title: `Level ${l.level} · ${l.name}`,
    subtitle: l.description,
    questions: questions.filter((q) => q.level === l.level),
  }));
  const rank = (q: MaturityQuestion) => { const i = PRACTICE_ORDER.indexOf(q.practiceStep ?? ""); return i < 0 ? PRACTICE_ORDER.length : i; };
  const practice = questions.filter((q) => q.level === null).sort((a, b) => rank(a) - rank(b));
  return [...byLevel, { key: "practice", title: "Practice checklist", subtitle: "Understand, measure, optimise, monitor, scale: the five habits behind every level.", questions: practice }];
}

/** The questions of `step` that have no answer yet. */
export const unanswered = (step: FormStep, answers: Record<string, MaturityAnswer>) => step.questions.filter((q) => !answers[q.id]);

/**
 * Where a draft resumes: the first step with an unanswered question (earlier
 * steps are complete, since the form moves on only when a step is answered), or
 * the last step when every question has an answer.
 */
export function resumeStep(steps: FormStep[], answers: Record<string, MaturityAnswer>): number {
  const i = steps.findIndex((s) => unanswered(s, answers).length > 0);
  return i < 0 ? steps.length - 1 : i;
}

/**
 * The answers the form opens with: the draft's own (dropping questions the
 * current version no longer asks), and for evidence questions the draft has not
 * answered, what the data says (only where it was measured: never a guess).
 */
export function initialAnswers(questions: MaturityQuestion[], evidence: MaturityEvidence[], draft: Record<string, MaturityAnswer> | null): Record<string, MaturityAnswer> {
  const known = new Set(questions.map((q) => q.id));
  const out: Record<string, MaturityAnswer> = {};
  for (const e of evidence) if (known.has(e.questionId) && e.measured && e.answer) out[e.questionId] = e.answer;
  for (const [id, a] of Object.entries(draft ?? {})) if (known.has(id)) out[id] = a;
  return out;
}

/** What the form saves: answers of the steps reached so far, and notes only where the answer differs from measured evidence. */
export function submission(steps: FormStep[], reached: number, answers: Record<string, MaturityAnswer>, notes: Record<string, string>, evidence: Map<string, MaturityEvidence>) {
  const ids = steps.slice(0, reached + 1).flatMap((s) => s.questions.map((q) => q.id));
  const outAnswers: Record<string, MaturityAnswer> = {};
  const outNotes: Record<string, string> = {};
  for (const id of ids) {
    if (answers[id]) outAnswers[id] = answers[id];
    const note = notes[id]?.trim();
    if (note && differsFromEvidence(evidence.get(id), answers[id])) outNotes[id] = note.slice(0, 1000);
  }
  return { answers: outAnswers, notes: outNotes };
}

/** True when the data measured an answer and the person gave another one. */
export const differsFromEvidence = (e: MaturityEvidence | undefined, answer: MaturityAnswer | undefined) => !!(e?.measured && e.answer && answer && answer !== e.answer);
