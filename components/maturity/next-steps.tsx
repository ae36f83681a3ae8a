import Link from "next/link";
import type { MaturityLevel, MaturityNextStep } from "@/lib/hooks/use-maturity";

/** The gaps that block the next level, each a link to the Costwise page that helps close it. */
export function NextSteps({ steps, level, levels }: { steps: MaturityNextStep[]; level: number; levels: MaturityLevel[] }) {
  const next = levels.find((l) => l.level === level + 1);
  if (!next) return <p className="text-sm text-slate-700" data-testid="next-steps">You are at the highest level, Market Leading: keep publishing what you learn.</p>;
  return (
    <div data-testid="next-steps">
      <p className="text-sm text-slate-700">To reach <span className="font-medium text-slate-900">Level {next.level} · {next.name}</span> ({next.percent}%):</p>
      {steps.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No open questions at this level: a lower level&apos;s gap may be what holds you back.</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {steps.map((s, i) => (
            <li key={s.questionId} className="flex gap-3 rounded-md bg-slate-50 px-3 py-2 text-sm print:bg-white print:px-0">
              <span aria-hidden className="font-semibold tabular-nums text-slate-600">{i + 1}.</span>
              {s.href ? (
                <Link href={s.href} className="font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600 print:text-black">{s.text}</Link>
              ) : <span className="font-medium text-slate-900">{s.text}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
