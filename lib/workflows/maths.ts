// Workflow figures from per-feature SQL sums (lib/workflows/queries.ts): averages and
// multipliers are exact ratios of integer sums, rounded once at the end; the
// org-wide figures are the sums over features, never an average of averages.
// Also the span tree of one trace (its steps' depths). Pure: no SQL, no React.
import type { WorkflowFeature } from "@/lib/workflows/schemas";

/** One feature's trace and single-call sums over the range (integers; counts as bigint). */
export type FeatureSums = {
  key: string;
  name: string;
  /** traces of ≥ 2 steps, their steps and cost */
  workflows: bigint;
  steps: bigint;
  costNano: bigint;
  /** Σ over workflows with a priced step of cost / most expensive step, and how many */
  maxStepRatioSum: number;
  maxStepRatioN: bigint;
  /** single calls (untraced events and 1-step traces) and their cost */
  singleCalls: bigint;
  singleCallCostNano: bigint;
};

/** round(num / den) half away from zero, for den > 0. */
export function divRound(num: bigint, den: bigint): bigint {
  const q = (2n * (num < 0n ? -num : num) + den) / (2n * den);
  return num < 0n ? -q : q;
}

/** num / den as a number with `digits` decimals (exact before rounding); null when den is 0. */
export function ratio(num: bigint, den: bigint, digits = 2): number | null {
  if (den === 0n) return null;
  const scale = 10n ** BigInt(digits);
  const [n, d] = den < 0n ? [-num, -den] : [num, den];
  return Number(divRound(n * scale, d)) / Number(scale);
}

type Figures = Pick<WorkflowFeature, "workflows" | "avgSteps" | "avgCostNano" | "singleCallCostNano" | "multiplierOverSingleCall">;

/** Averages and the multiplier over a single call of one set of sums. */
export function workflowFigures(s: Omit<FeatureSums, "key" | "name">): Figures {
  const hasSingle = s.singleCalls > 0n;
  return {
    workflows: Number(s.workflows),
    avgSteps: ratio(s.steps, s.workflows),
    avgCostNano: s.workflows > 0n ? divRound(s.costNano, s.workflows).toString() : null,
    singleCallCostNano: hasSingle ? divRound(s.singleCallCostNano, s.singleCalls).toString() : null,
    // (cost / workflows) / (single cost / single calls), as one exact fraction
    multiplierOverSingleCall: s.workflows > 0n && hasSingle ? ratio(s.costNano * s.singleCalls, s.workflows * s.singleCallCostNano) : null,
  };
}

/** The org-wide figures (sums over every feature) and each feature's, busiest workflows first. */
export function summariseWorkflows(rows: FeatureSums[]) {
  const total = rows.reduce(
    (a, r) => ({
      workflows: a.workflows + r.workflows, steps: a.steps + r.steps, costNano: a.costNano + r.costNano,
      maxStepRatioSum: a.maxStepRatioSum + r.maxStepRatioSum, maxStepRatioN: a.maxStepRatioN + r.maxStepRatioN,
      singleCalls: a.singleCalls + r.singleCalls, singleCallCostNano: a.singleCallCostNano + r.singleCallCostNano,
    }),
    { workflows: 0n, steps: 0n, costNano: 0n, maxStepRatioSum: 0, maxStepRatioN: 0n, singleCalls: 0n, singleCallCostNano: 0n },
  );
  const byFeature = rows
    .filter((r) => r.workflows > 0n || r.singleCalls > 0n)
    .map((r) => ({ key: r.key, name: r.name, ...workflowFigures(r) }))
    .sort((a, b) => b.workflows - a.workflows || a.key.localeCompare(b.key));
  return {
    ...workflowFigures(total),
    steps: Number(total.steps),
    costNano: total.costNano.toString(),
    singleCalls: Number(total.singleCalls),
    multiplierOverMaxStep: total.maxStepRatioN > 0n ? Math.round((total.maxStepRatioSum / Number(total.maxStepRatioN)) * 100) / 100 : null,
    byFeature,
  };
}

/**
 * Each step's depth in its trace's span tree: 0 for a root (no parent, or a
 * parent that is not among the steps), else its parent's depth + 1. A cycle of
 * parents is cut where the walk meets itself (that step counts as a root), so
 * malformed ids never hang; the walk is iterative, so a long chain never
 * overflows the stack. Steps sharing a span id share the first one's depth.
 */
export function spanDepths(steps: { spanId: string | null; parentSpanId: string | null }[]): number[] {
  const parentOf = new Map<string, string | null>();
  for (const s of steps) if (s.spanId !== null && !parentOf.has(s.spanId)) parentOf.set(s.spanId, s.parentSpanId);
  const depth = new Map<string, number>();
  const resolve = (start: string): number => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: string | null = start;
    let base = -1; // depth of the first already-known ancestor, -1 above a root
    while (cur !== null) {
      const known = depth.get(cur);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (onPath.has(cur) || !parentOf.has(cur)) break; // a cycle, or a parent outside the trace
      onPath.add(cur);
      path.push(cur);
      cur = parentOf.get(cur) ?? null;
    }
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i], base + (path.length - i));
    return depth.get(start) ?? 0;
  };
  return steps.map((s) => {
    if (s.spanId !== null) return resolve(s.spanId);
    return s.parentSpanId !== null && parentOf.has(s.parentSpanId) ? resolve(s.parentSpanId) + 1 : 0;
  });
}
