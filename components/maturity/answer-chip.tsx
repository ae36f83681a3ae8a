import type { MaturityAnswer } from "@/lib/hooks/use-maturity";

const STYLE: Record<MaturityAnswer, string> = {
  yes: "border-emerald-700 bg-emerald-50 text-emerald-900",
  partly: "border-amber-700 bg-amber-50 text-amber-900",
  no: "border-slate-500 bg-slate-50 text-slate-800",
};
export const ANSWER_LABEL: Record<MaturityAnswer, string> = { yes: "Yes", partly: "Partly", no: "No" };

/** An answer as a word in a coloured outline (the word carries it; colour only helps), black on white in print. */
export function AnswerChip({ answer }: { answer: MaturityAnswer | null | undefined }) {
  if (!answer) return <span className="text-slate-500">–</span>;
  return <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium print:border-black print:bg-white print:text-black ${STYLE[answer]}`}>{ANSWER_LABEL[answer]}</span>;
}
