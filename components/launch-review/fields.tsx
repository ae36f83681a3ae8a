"use client";

import { useState } from "react";

export const INPUT = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm tabular-nums text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 aria-[invalid=true]:border-rose-600";

/**
 * A text field bound to one URL value: what is typed stays as typed (an empty or
 * half-typed number is not snapped back), a valid entry is written to the URL at
 * once, and a new value from the URL (another review opened) replaces the draft.
 */
export function DraftField<T extends string | number>({ label, value, parse, onCommit, hint, error, suffix, prefix, testId, inputMode = "numeric", id: givenId }: {
  label: string;
  /** needed when two fields share a label */
  id?: string;
  value: T;
  /** the value of a draft, or a message saying why it is not one */
  parse: (draft: string) => { value: T } | { error: string };
  onCommit: (v: T) => void;
  hint?: string;
  /** the URL's own complaint about this value (an invalid link) */
  error?: string;
  suffix?: string;
  prefix?: string;
  testId?: string;
  inputMode?: "numeric" | "decimal";
}) {
  const [draft, setDraft] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // the URL changed: keep the draft if it already says this value, else show the URL's
    setSeen(value);
    const parsed = parse(draft);
    if (!("value" in parsed) || parsed.value !== value) setDraft(String(value));
  }
  const parsed = parse(draft);
  const message = "error" in parsed ? parsed.error : error;
  const id = givenId ?? `field-${label.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <label className="block text-sm text-slate-700" htmlFor={id}>
      {label}
      <span className="flex items-center gap-1">
        {prefix && <span aria-hidden className="mt-1 text-slate-500">{prefix}</span>}
        <input
          id={id}
          data-testid={testId}
          inputMode={inputMode}
          autoComplete="off"
          value={draft}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-error` : hint ? `${id}-hint` : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            const next = parse(e.target.value);
            if ("value" in next) onCommit(next.value);
          }}
          className={INPUT}
        />
        {suffix && <span aria-hidden className="mt-1 text-slate-500">{suffix}</span>}
      </span>
      {message ? (
        <span id={`${id}-error`} className="mt-0.5 block text-xs text-rose-700">{message}</span>
      ) : hint ? (
        <span id={`${id}-hint`} className="mt-0.5 block text-xs text-slate-500">{hint}</span>
      ) : null}
    </label>
  );
}

const clean = (s: string) => s.trim().replace(/[,_\s]/g, "");

/** A whole number between min and max (thousands separators allowed while typing). */
export const wholeNumber = (min: number, max: number) => (draft: string): { value: number } | { error: string } => {
  const s = clean(draft);
  if (!/^\d+$/.test(s)) return { error: "enter a whole number" };
  const n = Number(s);
  if (n < min || n > max) return { error: `between ${min.toLocaleString("en-US")} and ${max.toLocaleString("en-US")}` };
  return { value: n };
};

/** A USD amount with up to 9 decimals, kept as its exact decimal string. */
export const usdAmount = (draft: string): { value: string } | { error: string } => {
  const s = clean(draft).replace(/^\$/, "");
  if (!/^\d{1,10}(\.\d{1,9})?$/.test(s)) return { error: "a USD amount such as 0.01" };
  if (Number(s) > 1e9) return { error: "at most 1,000,000,000 USD" };
  return { value: s };
};
