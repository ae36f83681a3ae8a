// CSV import of the P&L inputs (revenue, other costs): parse the file, map its
// columns to API items and check each line with the API's own schemas, so the
// preview shows every line's error before anything is sent. Pure and client-safe.
import { costItemSchema, MAX_ENTRY_ITEMS, revenueItemSchema } from "@/lib/pnl/entry-schemas";

export const IMPORT_KINDS = ["revenue", "costs"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Columns per kind: CSV header (snake_case; camelCase also accepted) → API field. */
export const IMPORT_COLUMNS: Record<ImportKind, { header: string; field: string; required: boolean }[]> = {
  revenue: [
    { header: "feature", field: "feature", required: true },
    { header: "month", field: "month", required: true },
    { header: "revenue_usd", field: "revenueUsd", required: true },
  ],
  costs: [
    { header: "feature", field: "feature", required: true },
    { header: "month", field: "month", required: true },
    { header: "category", field: "category", required: true },
    { header: "amount_usd", field: "amountUsd", required: true },
    { header: "note", field: "note", required: false },
  ],
};

export const MAX_IMPORT_BYTES = 1_000_000;

/** RFC 4180 records: quoted fields with "" escapes and line breaks, CRLF or LF, a leading BOM dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => !(r.length === 1 && r[0].trim() === ""));
}

export type ImportLine = { line: number; item: Record<string, string> | null; error: string | null };
export type ImportPreview = { error: string | null; lines: ImportLine[] };

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Lines of a CSV ready to send: each line's item, or the first problem with it
 * (as the API would say it, plus features this member cannot write). Line numbers
 * count the header as line 1.
 */
export function previewImport(kind: ImportKind, text: string, writableFeatures: ReadonlySet<string>): ImportPreview {
  if (text.length > MAX_IMPORT_BYTES) return { error: `the file is over ${MAX_IMPORT_BYTES / 1_000_000} MB`, lines: [] };
  const [header, ...records] = parseCsv(text);
  if (!header) return { error: "the file is empty", lines: [] };
  const names = header.map((h) => h.trim().toLowerCase());
  const columns = IMPORT_COLUMNS[kind];
  const at = new Map(columns.map((c) => [c.field, names.findIndex((n) => n === c.header || n === c.field.toLowerCase() || camel(n) === c.field)]));
  const missing = columns.filter((c) => c.required && at.get(c.field) === -1).map((c) => c.header);
  if (missing.length) return { error: `the header must name the columns ${columns.map((c) => c.header).join(", ")}; missing: ${missing.join(", ")}`, lines: [] };
  if (records.length > MAX_ENTRY_ITEMS) return { error: `at most ${MAX_ENTRY_ITEMS.toLocaleString("en-US")} lines per import (this file has ${records.length.toLocaleString("en-US")})`, lines: [] };
  const schema = kind === "revenue" ? revenueItemSchema : costItemSchema;
  const lines = records.map((cells, i): ImportLine => {
    const item: Record<string, string> = {};
    for (const c of columns) {
      const v = cells[at.get(c.field)!]?.trim() ?? "";
      if (c.required || v !== "") item[c.field] = v;
    }
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const col = columns.find((c) => c.field === issue.path[0]);
      return { line: i + 2, item, error: `${col?.header ?? "line"}: ${issue.message}` };
    }
    if (!writableFeatures.has(item.feature)) return { line: i + 2, item, error: "feature: not a feature you can enter figures for (unknown key, or another team's)" };
    return { line: i + 2, item, error: null };
  });
  return { error: null, lines };
}
