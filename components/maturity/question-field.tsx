"use client";

import Link from "next/link";
import { ANSWER_LABEL } from "@/components/maturity/answer-chip";
import { differsFromEvidence } from "@/components/maturity/form-steps";
import { INPUT } from "@/components/ui/form";
import type { MaturityAnswer, MaturityEvidence, MaturityQuestion } from "@/lib/hooks/use-maturity";

const ANSWERS: MaturityAnswer[] = ["yes", "partly", "no"];

/**
 * One question as a yes / partly / no radio group (fieldset and legend). An
 * evidence question shows what the data says, with its period; answering
 * otherwise opens a note field for the reason.
 */
export function QuestionField({ q, answer, note, evidence, period, missing, onAnswer, onNote }: {
  q: MaturityQuestion; answer: MaturityAnswer | undefined; note: string; evidence: MaturityEvidence | undefined; period: { from: string; to: string };
  missing: boolean; onAnswer: (a: MaturityAnswer) => void; onNote: (n: string) => void;
}) {
  const helpId = `${q.id}-help`;
  const evidenceId = `${q.id}-evidence`;
  const errorId = `${q.id}-error`;
  const differs = differsFromEvidence(evidence, answer);
  const describedBy = [q.help ? helpId : "", evidence ? evidenceId : "", missing ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`rounded-lg border p-4 ${missing ? "border-rose-600" : "border-slate-200"}`} aria-describedby={describedBy} data-testid={`question-${q.id}`}>
      {/* floated: the legend reads as the question's heading inside the box, on any number of lines */}
      <legend className="float-left mb-1 w-full text-sm font-medium text-slate-900">{q.text}</legend>
      {q.help && <p id={helpId} className="clear-left text-xs text-slate-600">{q.help}</p>}
      {evidence && (
        <div id={evidenceId} className="clear-left mt-2 rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-700" data-testid="evidence">
          {evidence.measured ? (
            <p>
              <span className="mr-2 inline-block rounded bg-indigo-100 px-1.5 py-0.5 font-medium text-indigo-900">From your data</span>
              {evidence.figure} → <span className="font-medium">{evidence.answer ? ANSWER_LABEL[evidence.answer] : "–"}</span>
              <span className="text-slate-600"> ({period.from} to {period.to})</span>
            </p>
          ) : (
            <p>{evidence.figure}</p>
          )}
          {evidence.href && <Link href={evidence.href} target="_blank" className="mt-1 inline-block text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">See the data<span className="sr-only"> (opens in a new tab)</span></Link>}
        </div>
      )}
      <div className="clear-left mt-3 flex flex-wrap gap-2">
        {ANSWERS.map((a) => (
          <label key={a} className="relative cursor-pointer rounded-md border border-slate-300 px-4 py-1.5 text-sm text-slate-800 hover:bg-slate-50 has-[:checked]:border-slate-900 has-[:checked]:bg-slate-900 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-indigo-600">
            <input type="radio" className="absolute inset-0 m-0 h-full w-full cursor-pointer appearance-none opacity-0" name={q.id} value={a} checked={answer === a} onChange={() => onAnswer(a)} />
            {ANSWER_LABEL[a]}
          </label>
        ))}
      </div>
      {missing && <p id={errorId} className="mt-2 text-xs text-rose-700">Choose yes, partly or no.</p>}
      {differs && (
        <label className="mt-3 block text-sm text-slate-700">
          Why your answer differs from the data <span className="text-slate-500">(optional)</span>
          <textarea className={INPUT} rows={2} maxLength={1000} value={note} onChange={(e) => onNote(e.target.value)} />
        </label>
      )}
    </fieldset>
  );
}
