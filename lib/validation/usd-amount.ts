// A USD amount on input: a decimal string (never a float, never negative, up to 9
// decimals so it converts to nano-USD exactly), bounded in nano-USD so it can never
// overflow int8. One schema for every amount the API takes; client-safe.
import { z } from "zod";
import { usdToNano } from "@/lib/money";

export const USD_AMOUNT = /^\d+(\.\d{1,9})?$/;

/** `example` names a typical value in the messages; `positive` also refuses 0. */
export function usdAmountSchema(opts: { example: string; max: number; positive?: boolean }) {
  const valid = (v: string) => USD_AMOUNT.test(v);
  let schema = z
    .string({ error: `must be a USD amount as a string, e.g. "${opts.example}"` })
    .trim()
    .regex(USD_AMOUNT, { error: `must be a USD amount as a string, e.g. "${opts.example}" (up to 9 decimals, not negative)` });
  if (opts.positive) schema = schema.refine((v) => !valid(v) || usdToNano(v) > 0n, { error: "must be more than 0" });
  return schema.refine((v) => !valid(v) || usdToNano(v) <= usdToNano(String(opts.max)), { error: `must be at most ${opts.max.toLocaleString("en-US")}` });
}
