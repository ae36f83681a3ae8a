import { describe, expect, it } from "vitest";
import { differsFromEvidence, formSteps, initialAnswers, resumeStep, submission } from "@/components/maturity/form-steps";
import type { MaturityEvidence, MaturityLevel, MaturityQuestion } from "@/lib/hooks/use-maturity";

const q = (id: string, level: number | null, practiceStep: MaturityQuestion["practiceStep"] = null, evidence = false): MaturityQuestion => ({ id, level, dimension: "tracking", text: id, help: "", evidence, practiceStep });
const levels: MaturityLevel[] = [2, 1].map((level) => ({ level, name: `L${level}`, percent: level * 14, description: "" }));
const questions = [q("p-scale", null, "scale"), q("l1-a", 1), q("l2-a", 2, null, true), q("l1-b", 1), q("p-understand", null, "understand")];
const ev = (questionId: string, answer: "yes" | "no" | null): MaturityEvidence => ({ questionId, measured: answer !== null, answer, figure: "", value: null, href: "/overview" });

describe("the assessment form's steps", () => {
  const steps = formSteps(questions, levels);
  it("has the levels in order, then the practice checklist in its own order", () => {
    expect(steps.map((s) => [s.key, s.questions.map((x) => x.id)])).toEqual([
      ["level-1", ["l1-a", "l1-b"]],
      ["level-2", ["l2-a"]],
      ["practice", ["p-understand", "p-scale"]],
    ]);
  });
  it("resumes at the first step with an unanswered question, or the last when all are answered", () => {
    expect(resumeStep(steps, {})).toBe(0);
    expect(resumeStep(steps, { "l1-a": "yes", "l1-b": "no" })).toBe(1);
    expect(resumeStep(steps, { "l1-a": "yes", "l1-b": "no", "l2-a": "partly", "p-understand": "yes", "p-scale": "no" })).toBe(2);
  });
  it("opens with measured evidence, then the draft's own answers over it, dropping ids the version no longer has", () => {
    const a = initialAnswers(questions, [ev("l2-a", "yes"), ev("gone", "yes")], { "l1-a": "no", "old-question": "yes" });
    expect(a).toEqual({ "l2-a": "yes", "l1-a": "no" });
    expect(initialAnswers(questions, [ev("l2-a", null)], null)).toEqual({});
    expect(initialAnswers(questions, [ev("l2-a", "yes")], { "l2-a": "no" })).toEqual({ "l2-a": "no" });
  });
  it("saves the answers of the steps reached, and a note only where the answer differs from measured evidence", () => {
    const evidence = new Map([["l2-a", ev("l2-a", "yes")]]);
    const answers = { "l1-a": "yes", "l1-b": "no", "l2-a": "no", "p-scale": "yes" } as const;
    expect(submission(steps, 1, answers, { "l2-a": "  the data misses our batch jobs ", "l1-a": "ignored" }, evidence)).toEqual({
      answers: { "l1-a": "yes", "l1-b": "no", "l2-a": "no" },
      notes: { "l2-a": "the data misses our batch jobs" },
    });
    expect(submission(steps, 1, { ...answers, "l2-a": "yes" }, { "l2-a": "same as the data" }, evidence).notes).toEqual({});
    expect(differsFromEvidence(ev("l2-a", null), "no")).toBe(false);
  });
});
