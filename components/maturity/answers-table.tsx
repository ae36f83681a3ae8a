import Link from "next/link";
import { AnswerChip } from "@/components/maturity/answer-chip";
import { formSteps } from "@/components/maturity/form-steps";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";
import type { MaturityDetail } from "@/lib/hooks/use-maturity";

type Evidence = MaturityDetail["evidence"][number];

const differs = (e: Evidence | undefined, answer: string | undefined) => !!(e?.measured && e.answer && answer && e.answer !== answer);

/** What the data said: its answer and the figure, linked to the page it comes from. */
function EvidenceCell({ e }: { e: Evidence | undefined }) {
  if (!e) return <span className="text-slate-500">–</span>;
  return (
    <>
      {e.measured && <AnswerChip answer={e.answer} />}
      <span className="mt-1 block">{e.href ? <Link href={e.href} className="text-indigo-700 underline-offset-2 hover:underline print:text-black">{e.figure}</Link> : e.figure}</span>
    </>
  );
}

/**
 * Every answer of an assessment beside what the data said at that moment, and the
 * note given where they differ; grouped by level. A table from 640 px and in
 * print; on phones the same as a list, so nothing needs scrolling sideways.
 */
export function AnswersTable({ a }: { a: MaturityDetail }) {
  const evidence = new Map(a.evidence.map((e) => [e.questionId, e]));
  const steps = formSteps(a.questions, a.levels);
  return (
    <>
      <div className="space-y-4 sm:hidden print:hidden">
        {steps.map((s) => (
          <section key={s.key} aria-label={s.title}>
            <h3 className="bg-slate-50 px-2 py-1.5 text-xs font-semibold text-slate-700">{s.title}</h3>
            <ul className="divide-y divide-slate-100">
              {s.questions.map((q) => {
                const e = evidence.get(q.id);
                return (
                  <li key={q.id} className="space-y-1.5 py-2 text-sm">
                    <p className="text-slate-900">{q.text}</p>
                    <p className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
                      <span>Answer</span> <AnswerChip answer={a.answers[q.id]} />
                      {differs(e, a.answers[q.id]) && <span className="text-amber-800">differs from the data</span>}
                    </p>
                    {e && <div className="text-xs text-slate-700"><span className="mr-1">From your data:</span><EvidenceCell e={e} /></div>}
                    {a.notes[q.id] && <p className="text-xs text-slate-700">Note: <UserText>{a.notes[q.id]}</UserText></p>}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
      <div className="hidden sm:block print:block">
        <TableScroll label="Answers">
          <table className="w-full min-w-[40rem] text-sm" data-testid="answers-table">
            <caption className="sr-only">Answers, with the evidence from your data</caption>
            <thead>
              <tr className={HEAD_ROW}>
                <th scope="col" className="py-2 pr-4 font-medium">Question</th>
                <th scope="col" className="py-2 pr-4 font-medium">Answer</th>
                <th scope="col" className="py-2 pr-4 font-medium">From your data</th>
                <th scope="col" className="py-2 font-medium">Note</th>
              </tr>
            </thead>
            {steps.map((s) => (
              <tbody key={s.key} className="break-inside-avoid-page">
                <tr>
                  <th scope="colgroup" colSpan={4} className="bg-slate-50 px-2 py-1.5 text-left text-xs font-semibold text-slate-700 print:bg-white">{s.title}</th>
                </tr>
                {s.questions.map((q) => {
                  const e = evidence.get(q.id);
                  return (
                    <tr key={q.id} className={BODY_ROW} data-testid={`answer-${q.id}`}>
                      <td className="py-2 pr-4 align-top text-slate-900">{q.text}</td>
                      <td className="py-2 pr-4 align-top">
                        <AnswerChip answer={a.answers[q.id]} />
                        {differs(e, a.answers[q.id]) && <span className="mt-1 block text-xs text-amber-800 print:text-black">differs from the data</span>}
                      </td>
                      <td className="py-2 pr-4 align-top text-xs text-slate-700"><EvidenceCell e={e} /></td>
                      <td className="py-2 align-top text-xs text-slate-700">{a.notes[q.id] ? <UserText>{a.notes[q.id]}</UserText> : <span className="text-slate-500">–</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </TableScroll>
      </div>
    </>
  );
}
