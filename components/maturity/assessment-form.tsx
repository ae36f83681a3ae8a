"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { formSteps, initialAnswers, resumeStep, submission, unanswered } from "@/components/maturity/form-steps";
import { QuestionField } from "@/components/maturity/question-field";
import { StepProgress } from "@/components/maturity/step-progress";
import { PRIMARY_BUTTON } from "@/components/ui/form";
import { assessmentTime } from "@/lib/charts/prepare-maturity";
import { useSaveMaturity, type MaturityAnswer, type MaturityDraft, type MaturityEvidenceList, type MaturityQuestions } from "@/lib/hooks/use-maturity";

const SECONDARY = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/**
 * The guided assessment: eight steps (levels 1–7, then the practice checklist).
 * A step must be answered before moving on; the draft is saved on every step
 * change and by "Save draft", and a resumed draft reopens at its first open step.
 */
export function AssessmentForm({ orgId, questions, evidence, draft }: { orgId: string; questions: MaturityQuestions; evidence: MaturityEvidenceList; draft: MaturityDraft | null }) {
  const router = useRouter();
  const steps = useMemo(() => formSteps(questions.questions, questions.levels), [questions]);
  const evidenceById = useMemo(() => new Map(evidence.evidence.map((e) => [e.questionId, e])), [evidence]);
  const [answers, setAnswers] = useState<Record<string, MaturityAnswer>>(() => initialAnswers(questions.questions, evidence.evidence, draft?.answers ?? null));
  const [notes, setNotes] = useState<Record<string, string>>(() => ({ ...(draft?.notes ?? {}) }));
  const [step, setStep] = useState(() => (draft ? resumeStep(steps, initialAnswers(questions.questions, [], draft.answers)) : 0));
  const [reached, setReached] = useState(step);
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [savedAt, setSavedAt] = useState<string | null>(draft?.updatedAt ?? null);
  const save = useSaveMaturity(orgId);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) heading.current?.focus(); // not on first render: focus stays where the page put it
    moved.current = true;
  }, [step]);

  const current = steps[step];
  const last = step === steps.length - 1;
  const saveDraft = (upTo: number) =>
    save.mutate({ ...submission(steps, upTo, answers, notes, evidenceById), draft: true }, { onSuccess: (r) => { if (r.draft) setSavedAt(r.updatedAt); } });

  const go = (to: number) => {
    const nextReached = Math.max(reached, to);
    setMissing(new Set());
    setStep(to);
    setReached(nextReached);
    saveDraft(nextReached);
  };
  const next = () => {
    const open = unanswered(current, answers);
    if (open.length > 0) {
      setMissing(new Set(open.map((q) => q.id)));
      document.querySelector<HTMLInputElement>(`input[name="${CSS.escape(open[0].id)}"]`)?.focus();
      return;
    }
    go(step + 1);
  };
  const submit = () => {
    const open = steps.findIndex((s) => unanswered(s, answers).length > 0);
    if (open >= 0) {
      setStep(open);
      setMissing(new Set(unanswered(steps[open], answers).map((q) => q.id)));
      return;
    }
    save.mutate({ ...submission(steps, steps.length - 1, answers, notes, evidenceById), draft: false }, { onSuccess: (r) => router.push(`/maturity/${r.id}`) });
  };

  const oldVersion = draft && draft.version !== questions.version;
  return (
    <form className="space-y-5" aria-label="Maturity assessment" onSubmit={(e) => { e.preventDefault(); if (last) submit(); else next(); }}>
      <StepProgress steps={steps} step={step} reached={reached} onGo={go} />
      {oldVersion && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">Your draft was saved with an earlier questionnaire ({draft.version}); answers to questions that have since changed need answering again.</p>}
      <section aria-labelledby="step-title" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" data-testid="assessment-step" data-step={current.key}>
        <h2 id="step-title" ref={heading} tabIndex={-1} className="text-base font-semibold text-slate-900 outline-none">{current.title}</h2>
        <p className="mt-1 text-sm text-slate-600">{current.subtitle}</p>
        <div className="mt-4 space-y-4">
          {current.questions.map((q) => (
            <QuestionField key={q.id} q={q} answer={answers[q.id]} note={notes[q.id] ?? ""} evidence={q.evidence ? evidenceById.get(q.id) : undefined} period={evidence.period}
              missing={missing.has(q.id) && !answers[q.id]}
              onAnswer={(a) => setAnswers((s) => ({ ...s, [q.id]: a }))}
              onNote={(n) => setNotes((s) => ({ ...s, [q.id]: n }))} />
          ))}
        </div>
        {missing.size > 0 && [...missing].some((id) => !answers[id]) && (
          <p role="alert" className="mt-4 text-sm text-rose-700">Answer every question of this step to go on ({[...missing].filter((id) => !answers[id]).length} left).</p>
        )}
      </section>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={SECONDARY} disabled={step === 0} onClick={() => go(step - 1)}>Back</button>
        <button type="submit" className={PRIMARY_BUTTON} disabled={save.isPending && last}>{last ? (save.isPending ? "Submitting…" : "Submit assessment") : "Next"}</button>
        <button type="button" className={SECONDARY} disabled={save.isPending} onClick={() => saveDraft(reached)}>Save draft</button>
        <p role="status" className="text-xs text-slate-600 sm:ml-auto" data-testid="draft-status">
          {save.isPending ? "Saving…" : savedAt ? `Draft saved ${assessmentTime(savedAt)}` : "Not saved yet"}
        </p>
      </div>
      {save.isError && <p role="alert" className="text-sm text-rose-700">{save.error.message}</p>}
    </form>
  );
}
