import { describe, expect, it } from "vitest";
import { formatDuration, formatMultiplier, prepareStepBars, prepareWorkflowVsSingle } from "@/lib/charts/prepare-workflows";
import type { WorkflowStep } from "@/lib/workflows/schemas";

const CENT = 10_000_000;
const feature = (key: string, avg: number | null, single: number | null, workflows = 1, mult: number | null = null) => ({
  key, name: key.toUpperCase(), workflows, avgSteps: workflows ? 3 : null, avgCostNano: avg === null ? null : String(avg * CENT), singleCallCostNano: single === null ? null : String(single * CENT), multiplierOverSingleCall: mult,
});

describe("prepareWorkflowVsSingle", () => {
  it("puts every bar on one scale, dearest workflow first, features without workflows left out", () => {
    const byFeature = [feature("a", 10, 2, 1, 5), feature("b", 20, null), feature("idle", null, 3, 0)];
    const { bars, table } = prepareWorkflowVsSingle({ byFeature, workflows: 2, avgSteps: 3, avgCostNano: String(15 * CENT), singleCallCostNano: String(2.5 * CENT), multiplierOverSingleCall: 6 });
    expect(bars.map((b) => [b.key, b.workflowPct, b.singlePct, b.workflowText, b.singleText, b.multiplierText])).toEqual([
      ["__all", 75, 12.5, "$0.15", "$0.03", "6.0×"], // the view's own figures first: feature b has no single call of its own
      ["b", 100, null, "$0.20", "no single calls", "–"],
      ["a", 50, 10, "$0.10", "$0.02", "5.0×"],
    ]);
    expect(table.rows).toEqual([["All features", 2, 3, "$0.15", "$0.03", "6.0×"], ["B", 1, 3, "$0.20", "no single calls", "–"], ["A", 1, 3, "$0.10", "$0.02", "5.0×"]]);
    expect(table.rowKeys).toEqual(["__all", "b", "a"]);
  });

  it("keeps the top N and draws zero-cost features without dividing by zero", () => {
    const view = (byFeature: ReturnType<typeof feature>[]) => ({ byFeature, workflows: 1, avgSteps: 2, avgCostNano: "0", singleCallCostNano: "0", multiplierOverSingleCall: null });
    expect(prepareWorkflowVsSingle(view([feature("z", 0, 0)])).bars[1]).toMatchObject({ workflowPct: 0, singlePct: 0 });
    expect(prepareWorkflowVsSingle(view(Array.from({ length: 12 }, (_, i) => feature(`f${i}`, i + 1, 1))), 8).bars).toHaveLength(9);
    expect(prepareWorkflowVsSingle(view([feature("idle", null, 3, 0)])).bars).toEqual([]); // no workflows: no chart
  });
});

describe("prepareStepBars and formats", () => {
  it("scales step costs against the dearest step and offsets them from the trace start", () => {
    const step = (ts: string, costNano: string) => ({ ts, costNano }) as WorkflowStep;
    expect(prepareStepBars([step("2026-09-10T10:00:00.000Z", "1"), step("2026-09-10T10:00:01.500Z", "4")], "2026-09-10T10:00:00.000Z")).toEqual([{ costPct: 25, offsetMs: 0 }, { costPct: 100, offsetMs: 1500 }]);
    expect(prepareStepBars([step("2026-09-10T10:00:00.000Z", "0")], "2026-09-10T10:00:00.000Z")).toEqual([{ costPct: 0, offsetMs: 0 }]);
  });

  it("writes multipliers and durations for people", () => {
    expect([formatMultiplier(5), formatMultiplier(2.345), formatMultiplier(1234.5), formatMultiplier(null)]).toEqual(["5.0×", "2.3×", "1,235×", "–"]);
    expect([formatDuration(850), formatDuration(4200), formatDuration(42_000), formatDuration(185_000)]).toEqual(["850 ms", "4.2 s", "42 s", "3 min 5 s"]);
  });
});
