// POST /api/v1/events request and response shapes (docs/design.md §3).
import { z } from "zod";
import { MAX_EVENT_COST_USD, MAX_EVENT_TOKENS } from "@/lib/pricing/limits";
import { isStorableText, STORABLE_MESSAGE } from "@/lib/validation/storable-text";

export const MAX_BATCH_EVENTS = 1000;
export const MAX_BODY_BYTES = 1024 * 1024;

// Bounds from lib/pricing/limits.ts: they keep any one event's cost far inside int8.
const fmt = (n: number) => n.toLocaleString("en-US");
const tokens = z.number({ error: "must be an integer >= 0" }).int({ error: "must be an integer >= 0" }).min(0, { error: "must be an integer >= 0" }).max(MAX_EVENT_TOKENS, { error: `must be at most ${fmt(MAX_EVENT_TOKENS)}` });
const nonNegative = z.number({ error: "must be a number >= 0" }).min(0, { error: "must be a number >= 0" }).finite({ error: "must be a number >= 0" });
const id = (max: number) =>
  z
    .string({ error: `must be a string of 1–${max} characters` })
    .min(1, { error: `must be a string of 1–${max} characters` })
    .max(max, { error: `must be a string of 1–${max} characters` })
    .refine(isStorableText, { error: STORABLE_MESSAGE });
const key = id(100).regex(/^[^\s\p{C}]+$/u, { error: "must not contain spaces or control characters" });

const EARLIEST = Date.UTC(2000, 0, 1);
// Normalised to UTC with millisecond precision (the column's), so PostgreSQL never
// sees an offset it would refuse (it accepts at most ±15:59; ISO allows ±23:59).
const timestamp = z.iso
  .datetime({ offset: true, error: "must be an ISO-8601 date-time with a time zone (e.g. 2026-01-31T12:00:00Z)" })
  .refine((t) => {
    const ms = Date.parse(t);
    return ms >= EARLIEST && ms <= Date.now() + 24 * 3_600_000;
  }, { error: "must be between 2000-01-01 and 24 hours from now" })
  .transform((t) => new Date(Date.parse(t)).toISOString());

// A flat object of strings, read key by key from the parsed JSON so that keys such
// as `__proto__` stay ordinary data (a plain-object record would drop or misread them).
const MAX_METADATA_ENTRIES = 50;
const metadata = z.unknown().transform((value, ctx): Record<string, string> => {
  const fail = (message: string, path: string[] = []) => {
    ctx.issues.push({ code: "custom", message, path, input: value });
    return z.NEVER;
  };
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail("must be a flat object of strings");
  const entries = Object.entries(value);
  if (entries.length > MAX_METADATA_ENTRIES) return fail(`must have at most ${MAX_METADATA_ENTRIES} entries`);
  for (const [k, v] of entries) {
    if (k.length > 64) return fail("keys must be at most 64 characters");
    if (!isStorableText(k)) return fail(`keys ${STORABLE_MESSAGE}`);
    if (typeof v !== "string") return fail("must be a flat object of strings", [k]);
    if (v.length > 1024) return fail("values must be at most 1024 characters", [k]);
    if (!isStorableText(v)) return fail(STORABLE_MESSAGE, [k]);
  }
  return Object.fromEntries(entries) as Record<string, string>;
});

export const eventSchema = z
  .strictObject(
    {
      eventId: id(128),
      timestamp,
      provider: id(64).optional(),
      model: id(200),
      requestedModel: id(200).optional(),
      team: key.optional(),
      feature: key.optional(),
      userId: id(256).optional(),
      inputTokens: tokens.optional(),
      outputTokens: tokens.optional(),
      cachedInputTokens: tokens.optional(),
      cacheWriteTokens: tokens.optional(),
      reasoningTokens: tokens.optional(),
      costUsd: nonNegative.max(MAX_EVENT_COST_USD, { error: `must be at most ${fmt(MAX_EVENT_COST_USD)}` }).optional(),
      latencyMs: nonNegative.max(86_400_000, { error: "must be at most 86,400,000 (one day)" }).optional(),
      status: z.enum(["ok", "error"], { error: 'must be "ok" or "error"' }).optional(),
      cacheHit: z.boolean({ error: "must be true or false" }).optional(),
      traceId: id(128).optional(),
      spanId: id(128).optional(),
      parentSpanId: id(128).optional(),
      quality: z
        .strictObject({
          // rounded to 6 decimals: the column is float4, which refuses values below ~1e-38
          score: z.number({ error: "must be a number from 0 to 1" }).min(0, { error: "must be a number from 0 to 1" }).max(1, { error: "must be a number from 0 to 1" })
            .transform((x) => Math.round(x * 1e6) / 1e6).optional(),
          hallucination: z.boolean({ error: "must be true or false" }).optional(),
          guardrailBlocked: z.boolean({ error: "must be true or false" }).optional(),
        }, { error: "must be an object { score, hallucination, guardrailBlocked }" })
        .optional(),
      metadata: metadata.optional(),
    },
    { error: "must be an object" },
  )
  .superRefine((e, ctx) => {
    const input = e.inputTokens ?? 0;
    if ((e.cachedInputTokens ?? 0) + (e.cacheWriteTokens ?? 0) > input) {
      ctx.addIssue({ code: "custom", path: ["cachedInputTokens"], message: "cachedInputTokens + cacheWriteTokens must not exceed inputTokens (inputTokens includes them)" });
    }
    if ((e.reasoningTokens ?? 0) > (e.outputTokens ?? 0)) {
      ctx.addIssue({ code: "custom", path: ["reasoningTokens"], message: "must not exceed outputTokens (outputTokens includes them)" });
    }
  });

export type IngestEvent = z.infer<typeof eventSchema>;

export type ItemError = { code: "invalid_field" | "missing_field" | "unknown_field" | "invalid_item"; field?: string; message: string };

export type ItemResult =
  | { index: number; eventId: string | null; status: "accepted" | "duplicate" }
  | { index: number; eventId: string | null; status: "rejected"; error: ItemError };

export const ingestResponseSchema = z.object({
  accepted: z.number().int(),
  duplicate: z.number().int(),
  rejected: z.number().int(),
  results: z.array(
    z.object({
      index: z.number().int(),
      eventId: z.string().nullable(),
      status: z.enum(["accepted", "duplicate", "rejected"]),
      error: z.object({ code: z.string(), field: z.string().optional(), message: z.string() }).optional(),
    }),
  ),
});
export type IngestResponse = z.infer<typeof ingestResponseSchema>;
