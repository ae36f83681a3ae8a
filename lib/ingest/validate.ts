// Per-item validation of a batch: each item is either a typed event or a
// rejection naming the field. Never throws on any JSON value.
import type { z } from "zod";
import { eventSchema, type IngestEvent, type ItemError } from "@/lib/ingest/schemas";

export type Validated = { index: number; ok: true; event: IngestEvent } | { index: number; ok: false; eventId: string | null; error: ItemError };

function toItemError(issue: z.core.$ZodIssue, item: unknown): ItemError {
  if (issue.code === "unrecognized_keys") {
    return { code: "unknown_field", field: issue.keys[0], message: `unknown field (allowed fields are listed in the API docs)` };
  }
  const field = issue.path.map(String).join(".");
  if (!field) return { code: "invalid_item", message: issue.message };
  const top = issue.path[0] as string;
  const present = typeof item === "object" && item !== null && top in item;
  if (!present) return { code: "missing_field", field, message: "is required" };
  return { code: "invalid_field", field, message: issue.message };
}

export function validateItem(item: unknown, index: number): Validated {
  const parsed = eventSchema.safeParse(item);
  if (parsed.success) return { index, ok: true, event: parsed.data };
  const rawId = typeof item === "object" && item !== null ? (item as { eventId?: unknown }).eventId : undefined;
  return { index, ok: false, eventId: typeof rawId === "string" ? rawId.slice(0, 128) : null, error: toItemError(parsed.error.issues[0], item) };
}
