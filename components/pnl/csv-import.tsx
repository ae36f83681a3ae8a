"use client";

import { useMemo, useState } from "react";
import { INPUT, LABEL, PRIMARY_BUTTON } from "@/components/ui/form";
import { Segmented } from "@/components/ui/segmented";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { EntryStatus } from "@/components/pnl/entry-status";
import { useEntrySubmit } from "@/components/pnl/use-entry-submit";
import { IMPORT_COLUMNS, previewImport, type ImportKind } from "@/lib/pnl/csv-import";
import type { EntryResult } from "@/lib/pnl/entry-schemas";

const PREVIEW_ROWS = 200;

/**
 * Import revenue or other costs from a CSV file: every line is checked before
 * anything is sent (the preview shows each line's error), then the valid lines go
 * in one request and each line shows what the server did with it.
 */
export function CsvImport({ features }: { features: { key: string }[] }) {
  const [kind, setKind] = useState<ImportKind>("revenue");
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [outcome, setOutcome] = useState<Map<number, EntryResult> | null>(null);
  const writable = useMemo(() => new Set(features.map((f) => f.key)), [features]);
  const preview = useMemo(() => (text === null ? null : previewImport(kind, text, writable)), [kind, text, writable]);
  const { busy, message, submit, setMessage } = useEntrySubmit(kind === "revenue" ? "/api/v1/revenue" : "/api/v1/costs", { csv: true });
  const valid = preview?.lines.filter((l) => l.error === null) ?? [];
  const reset = () => (setOutcome(null), setMessage(null));
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <Segmented label="Import" value={kind} onChange={(k) => (setKind(k), reset())} options={[{ value: "revenue", label: "Revenue" }, { value: "costs", label: "Other costs" }]} />
        <label className={LABEL}>CSV file
          <input
            className={`${INPUT} file:mr-2 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1`}
            type="file"
            accept=".csv,text/csv"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              reset();
              setFileName(file?.name ?? "");
              setText(file ? await file.text() : null);
            }}
          />
        </label>
      </div>
      <p className="text-xs text-slate-600">
        Columns: <code className="font-mono">{IMPORT_COLUMNS[kind].map((c) => c.header).join(",")}</code> (a header line first; months as 2026-11, amounts in USD
        {kind === "costs" ? "; category one of gpu, vector_db, storage, other; note optional" : ""}). A month already entered is replaced.
      </p>
      {preview?.error && <p role="alert" className="text-sm text-rose-800" data-testid="import-error">{fileName}: {preview.error}</p>}
      {preview && !preview.error && (
        <>
          <p className="text-sm text-slate-700" data-testid="import-summary">
            {fileName}: {valid.length} of {preview.lines.length} lines ready{preview.lines.length > valid.length ? `, ${preview.lines.length - valid.length} with errors (not sent)` : ""}.
          </p>
          <TableScroll label="Import preview">
            <table className="w-full text-sm" data-testid="import-preview">
              <thead>
                <tr className={HEAD_ROW}>
                  <th className="py-2 pr-3">Line</th>
                  {IMPORT_COLUMNS[kind].map((c) => <th key={c.header} className="py-2 pr-3">{c.header}</th>)}
                  <th className="py-2">Status</th>
                </tr>
              </thead>
              <tbody>
                {preview.lines.slice(0, PREVIEW_ROWS).map((l) => {
                  const done = outcome?.get(l.line);
                  const error = l.error ?? (done?.status === "rejected" ? `${done.error?.field ? `${done.error.field}: ` : ""}${done.error?.message}` : null);
                  return (
                    <tr key={l.line} className={BODY_ROW} data-status={error ? "error" : done ? "stored" : "ready"}>
                      <td className="py-1.5 pr-3 tabular-nums text-slate-500">{l.line}</td>
                      {IMPORT_COLUMNS[kind].map((c) => <td key={c.header} className="max-w-48 truncate py-1.5 pr-3">{l.item?.[c.field] ?? ""}</td>)}
                      <td className={`min-w-56 py-1.5 ${error ? "text-rose-800" : "text-emerald-800"}`}>{error ?? (done ? "Stored" : "Ready")}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {preview.lines.length > PREVIEW_ROWS && <p className="text-xs text-slate-500">Showing the first {PREVIEW_ROWS} of {preview.lines.length} lines.</p>}
          <button
            type="button"
            className={PRIMARY_BUTTON}
            disabled={busy || valid.length === 0 || outcome !== null}
            onClick={async () => {
              const results = await submit(valid.map((l) => l.item), (n) => `Imported ${n} line${n === 1 ? "" : "s"}.`);
              if (results) setOutcome(new Map(results.map((r, i) => [valid[i].line, r])));
            }}
          >
            {busy ? "Importing…" : `Import ${valid.length} line${valid.length === 1 ? "" : "s"}`}
          </button>
        </>
      )}
      <EntryStatus message={message} testId="import-message" />
    </div>
  );
}
