// Maturity scoring (docs/design.md §7), pure: a level is met when its answers
// reach 75% ("partly" counts half); the result is the highest level whose own and
// every lower level's criteria are met, so a gap low down caps it. Per-dimension
// scores run over every question of the dimension (levels and checklist), and the
// next steps are the gaps of the level above the result. Unanswered counts as "no".
// Arithmetic is in half-points (yes 2, partly 1, no 0), so 75% is compared exactly.
import { NOT_STARTED, type Answer, type DimensionId, type Question, type Questionnaire } from "@/lib/maturity/questions";

export type Answers = Readonly<Partial<Record<string, Answer>>>;

export type NextStep = { questionId: string; level: number; dimension: DimensionId; text: string; href: string };

export type Score = {
  level: number;
  levelName: string;
  percent: number;
  dimensions: Record<DimensionId, number>;
  nextSteps: NextStep[];
};

/** A step worded from the org's own figures ("Set budgets for the 3 teams without one"), replacing a question's generic one. */
export type StepOverrides = Readonly<Partial<Record<string, { text: string; href?: string }>>>;

const halfPoints = (a: Answer | undefined) => (a === "yes" ? 2 : a === "partly" ? 1 : 0);
const sumHalfPoints = (qs: Question[], answers: Answers) => qs.reduce((n, q) => n + halfPoints(answers[q.id]), 0);

/** (yes + ½·partly) / count ≥ 75% over the level's questions; a level without questions is never met. */
export function levelMet(questions: Question[], answers: Answers, level: number): boolean {
  const qs = questions.filter((q) => q.level === level);
  // (h / 2) / n ≥ 3 / 4  ⇔  2h ≥ 3n
  return qs.length > 0 && 2 * sumHalfPoints(qs, answers) >= 3 * qs.length;
}

/** The highest level L with levels 1..L all met (0 when level 1 is not). */
export function resultLevel(qn: Questionnaire, answers: Answers): number {
  let level = 0;
  for (const l of qn.levels) {
    if (l.level !== level + 1 || !levelMet(qn.questions, answers, l.level)) break;
    level = l.level;
  }
  return level;
}

/** 0–100 per dimension: 100·(yes + ½·partly)/count over all its questions, rounded (0 for a dimension without questions). */
export function dimensionScores(qn: Questionnaire, answers: Answers): Record<DimensionId, number> {
  const out = {} as Record<DimensionId, number>;
  for (const d of qn.dimensions) {
    const qs = qn.questions.filter((q) => q.dimension === d.id);
    out[d.id] = qs.length === 0 ? 0 : Math.round((100 * sumHalfPoints(qs, answers)) / (2 * qs.length));
  }
  return out;
}

/** The questions of the level above `level` not answered "yes", as steps (none at the top level). */
export function nextSteps(qn: Questionnaire, answers: Answers, level: number, overrides: StepOverrides = {}): NextStep[] {
  const target = level + 1;
  return qn.questions
    .filter((q) => q.level === target && answers[q.id] !== "yes")
    .map((q) => ({ questionId: q.id, level: target, dimension: q.dimension, text: overrides[q.id]?.text ?? q.step.text, href: overrides[q.id]?.href ?? q.step.href }));
}

/** Level, its name and percentage, dimension scores and next steps of one set of answers. */
export function scoreAssessment(qn: Questionnaire, answers: Answers, overrides: StepOverrides = {}): Score {
  const level = resultLevel(qn, answers);
  const l = level === 0 ? NOT_STARTED : qn.levels.find((x) => x.level === level)!;
  return { level, levelName: l.name, percent: l.percent, dimensions: dimensionScores(qn, answers), nextSteps: nextSteps(qn, answers, level, overrides) };
}
