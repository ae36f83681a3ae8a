// GET /api/v1/benchmarks: the query (range and team) and the response shape.
// Money: nano-USD decimal strings; percentages as numbers with two decimals.
import { z } from "zod";
import { METRIC_IDS, POSITIONS } from "@/lib/benchmarks/bands";
import { scopedFiltersQuerySchema } from "@/lib/filters/schema";

/** The shared filters, of which benchmarks use the range and the team: a feature or model view has no org benchmark. */
export const benchmarksQuerySchema = (now?: () => Date) =>
  scopedFiltersQuerySchema(["team"], "benchmarks compare the whole org or one team: only range, from, to and team apply", now);

const nano = z.string().regex(/^-?\d+$/);

export const benchmarkMetricSchema = z.object({
  id: z.enum(METRIC_IDS),
  label: z.string(),
  /** percent (two decimals), or USD for cost per request; null without data */
  value: z.number().nullable(),
  /** cost per request only: the value in nano-USD */
  valueNano: nano.nullable().optional(),
  /** the value as shown, e.g. "32.1%" or "$0.012" */
  display: z.string().nullable(),
  unit: z.enum(["percent", "usd"]),
  position: z.enum(POSITIONS).nullable(),
  bands: z.object({
    better: z.enum(["lower", "higher"]),
    low: z.number(),
    median: z.tuple([z.number(), z.number()]),
    elite: z.number(),
    labels: z.object({ low: z.string(), median: z.string(), elite: z.string() }),
  }),
  /** the value in plain language, or why there is none */
  reading: z.string(),
  /** why the value is null (no revenue, no requests…), else null */
  reason: z.string().nullable(),
  /** what would move the org up one band, with a figure; null at elite or without data */
  nextStep: z.object({ band: z.enum(["median", "elite"]), text: z.string() }).nullable(),
});

export const benchmarksSchema = z.object({
  range: z.object({ from: z.string(), to: z.string(), days: z.number(), team: z.string().nullable() }),
  metrics: z.array(benchmarkMetricSchema),
});
export type BenchmarkMetric = z.infer<typeof benchmarkMetricSchema>;
export type Benchmarks = z.infer<typeof benchmarksSchema>;
