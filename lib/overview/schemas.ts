// Overview API shapes. Money is nano-USD as a decimal string (exact on the wire).
import { z } from "zod";
import { TIERS } from "@/lib/pricing/tiers";

export const OVERVIEW_RANGES = [7, 30, 90] as const;

export const overviewQuerySchema = z.object({
  days: z.coerce
    .number()
    .int()
    .refine((d) => (OVERVIEW_RANGES as readonly number[]).includes(d), "days must be 7, 30 or 90")
    .default(30),
});

const nano = z.string().regex(/^-?\d+$/);
const breakdown = z.object({ key: z.string(), name: z.string(), costNano: nano, requests: z.number() });

export const overviewSchema = z.object({
  range: z.object({ from: z.string(), to: z.string(), days: z.number() }),
  totals: z.object({
    costNano: nano,
    prevCostNano: nano,
    requests: z.number(),
    prevRequests: z.number(),
    errors: z.number(),
    cacheHits: z.number(),
    users: z.number(),
  }),
  daily: z.array(z.object({ day: z.string(), team: z.string().nullable(), costNano: nano, requests: z.number() })),
  teams: z.array(breakdown),
  features: z.array(breakdown.extend({ team: z.string().nullable() })),
  models: z.array(breakdown.extend({ provider: z.string(), tier: z.enum(TIERS).nullable() })),
  unpricedModels: z.array(z.object({ provider: z.string(), model: z.string(), requests: z.number() })),
  openAlerts: z.object({
    count: z.number(),
    latest: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string(), createdAt: z.string() })),
  }),
});

export type OverviewQuery = z.infer<typeof overviewQuerySchema>;
export type Overview = z.infer<typeof overviewSchema>;
