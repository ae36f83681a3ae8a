import type { MaturityLevel } from "@/lib/hooks/use-maturity";

/**
 * The seven levels as a ladder, highest first: the levels reached are filled,
 * the org's own level is marked "Your level" and the next one "Next".
 */
export function LevelLadder({ levels, level, compact = false }: { levels: MaturityLevel[]; level: number; compact?: boolean }) {
  const sorted = [...levels].sort((a, b) => b.level - a.level);
  return (
    <ol className="space-y-1.5" aria-label="The seven maturity levels" data-testid="level-ladder">
      {sorted.map((l) => {
        const reached = l.level <= level;
        const current = l.level === level;
        return (
          <li key={l.level} aria-current={current ? "step" : undefined}
            className={`flex items-start gap-3 rounded-lg border px-3 py-2 print:border-black ${current ? "border-indigo-700 bg-indigo-50 ring-1 ring-indigo-700 print:ring-0" : reached ? "border-indigo-200 bg-indigo-50/40" : "border-slate-200 bg-white"}`}>
            <span aria-hidden className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold print:border print:border-black print:bg-white print:text-black ${reached ? "bg-indigo-700 text-white" : "bg-slate-100 text-slate-700"}`}>{l.level}</span>
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-medium text-slate-900">Level {l.level} · {l.name}</span>
                <span className="tabular-nums text-slate-600">{l.percent}%</span>
                {current && <span className="rounded bg-indigo-700 px-1.5 text-xs font-medium text-white print:border print:border-black print:bg-white print:text-black">Your level</span>}
                {l.level === level + 1 && <span className="rounded border border-slate-400 px-1.5 text-xs text-slate-700">Next</span>}
                <span className="sr-only">{reached ? "(reached)" : "(not reached)"}</span>
              </p>
              {!compact && <p className="mt-0.5 text-xs text-slate-600">{l.description}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
