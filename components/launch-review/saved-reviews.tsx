"use client";

import Link from "next/link";
import { useState } from "react";
import { INPUT } from "@/components/launch-review/fields";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { useLaunchReviews } from "@/lib/hooks/use-launch-reviews";
import type { LaunchInputs } from "@/lib/launch-review/inputs";
import type { LaunchReviewView } from "@/lib/launch-review/schemas";

const when = (iso: string) => new Date(iso).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** Save the review on screen under a name (admins and leads), and the org's saved reviews, each opened by its link. */
export function SavedReviews({ orgId, initial, inputs, canSave, canWrite, search }: {
  orgId: string; initial: LaunchReviewView[]; inputs: LaunchInputs; canSave: boolean; canWrite: boolean; search: string;
}) {
  const { reviews, save, remove } = useLaunchReviews(orgId, initial);
  const [name, setName] = useState("");
  const [saved, setSaved] = useState<LaunchReviewView | null>(null);
  const list = reviews.data ?? [];
  return (
    <Card title="Saved reviews" subtitle="Shared by link with everyone in your organisation">
      {canWrite ? (
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => {
          e.preventDefault();
          setSaved(null);
          save.mutate({ name, inputs }, { onSuccess: (r) => { setSaved(r); setName(""); } });
        }}>
          <label className="min-w-0 flex-1 text-sm text-slate-700">
            Name
            <input className={INPUT} value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} placeholder="e.g. Search assistant v2" />
          </label>
          <button type="submit" disabled={save.isPending || !canSave}
            className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60">
            {save.isPending ? "Saving…" : "Save review"}
          </button>
        </form>
      ) : (
        <p className="text-sm text-slate-600" data-testid="read-only-reason">Only admins and leads can save reviews; you can open and share them.</p>
      )}
      {!canSave && canWrite && <p className="mt-2 text-xs text-slate-600">Fix the inputs above to save this review.</p>}
      {save.isError && <p role="alert" className="mt-2 text-sm text-rose-700">{save.error.message}</p>}
      {saved && <p role="status" className="mt-2 text-sm text-emerald-800" data-testid="save-message">Saved “{saved.name}”.</p>}
      {remove.isError && <p role="alert" className="mt-2 text-sm text-rose-700">{remove.error.message}</p>}
      <div className="mt-4">
        {list.length === 0 ? (
          <EmptyState title="No saved reviews yet">Plan a launch above and save it to share it by link.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="saved-reviews">
            {list.map((r) => (
              <li key={r.id} className="flex items-center justify-between gap-3 py-2">
                <div className="min-w-0">
                  <Link href={`/launch-review?${r.query}`} aria-current={r.query === search ? "page" : undefined}
                    className="block truncate text-sm font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600 aria-[current=page]:text-slate-900">
                    {r.name}
                  </Link>
                  <p className="text-xs text-slate-500">{when(r.createdAt)}{r.createdBy ? ` · ${r.createdBy}` : ""}</p>
                </div>
                {canWrite && (
                  <button type="button" onClick={() => remove.mutate(r.id)} disabled={remove.isPending} aria-label={`Delete ${r.name}`}
                    className="shrink-0 rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:opacity-60">
                    Delete
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
