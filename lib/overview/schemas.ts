// Overview API shapes. Money is nano-USD as a decimal string (exact on the wire).
import { z } from "zod";
import { RANGE_PRESETS } from "@/lib/filters/schema";
import { TIERS } from "@/lib/pricing/tiers";

const nano = z.string().regex(/^-?\d+$/);
const entity = z.object({ key: z.string(), name: z.string(), registered: z.boolean(), costNano: nano, requests: z.number() });

export const overviewSchema = z.object({
  range: z.object({
    preset: z.enum([...RANGE_PRESETS, "custom"]),
    from: z.string(),
    to: z.string(),
    days: z.number(),
    /** today's UTC day when in range: still filling up */
    partialDay: z.string().nullable(),
  }),
  filters: z.object({ team: z.string().nullable(), feature: z.string().nullable(), provider: z.string().nullable(), model: z.string().nullable() }),
  totals: z.object({
    costNano: nano,
    requests: z.number(),
    errors: z.number(),
    cacheHits: z.number(),
    /** distinct end users; null when a model or provider filter makes it unknowable from the rollups */
    users: z.number().nullable(),
  }),
  /** complete days of the range against as many days before it (null until a day is complete) */
  comparison: z
    .object({ days: z.number(), from: z.string(), to: z.string(), prevFrom: z.string(), prevTo: z.string(), costNano: nano, prevCostNano: nano, requests: z.number(), prevRequests: z.number() })
    .nullable(),
  daily: z.array(z.object({ day: z.string(), team: z.string().nullable(), costNano: nano, requests: z.number() })),
  teams: z.array(entity),
  features: z.array(entity.extend({ team: z.string().nullable(), teamName: z.string().nullable() })),
  models: z.array(z.object({ provider: z.string(), model: z.string(), tier: z.enum(TIERS).nullable(), costNano: nano, requests: z.number() })),
  unpricedModels: z.array(z.object({ provider: z.string(), model: z.string(), requests: z.number() })),
  /** this UTC month so far (whatever the range), with the view's entity filters, and its forecast to month end */
  monthToDate: z.object({ month: z.string(), costNano: nano, forecastNano: nano, runRateNano: nano, daysElapsed: z.number(), daysInMonth: z.number() }),
  /** features whose spend moved most between the complete days of the range and as many days before */
  movers: z.array(z.object({ key: z.string(), name: z.string(), registered: z.boolean(), costNano: nano, prevCostNano: nano })),
  /** the view's revenue and margin (P&L); null under a model or provider filter */
  economics: z.object({ revenueNano: nano, cogsNano: nano, marginPct: z.number().nullable(), prorated: z.boolean() }).nullable(),
  openAlerts: z.object({
    count: z.number(),
    latest: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string(), createdAt: z.string() })),
  }),
  /** anomaly alerts that began in the range (UTC day), marked on the spend chart */
  anomalies: z.array(z.object({ id: z.string(), title: z.string(), day: z.string() })),
  /** every team, feature and model of the org: filter choices, and stable colours independent of the range */
  options: z.object({
    teams: z.array(z.object({ key: z.string(), name: z.string(), registered: z.boolean() })),
    features: z.array(z.object({ key: z.string(), name: z.string(), registered: z.boolean() })),
    models: z.array(z.object({ provider: z.string(), model: z.string() })),
  }),
});

export type Overview = z.infer<typeof overviewSchema>;
