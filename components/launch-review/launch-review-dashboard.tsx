"use client";

import { useMemo } from "react";
import { LaunchForm } from "@/components/launch-review/launch-form";
import { ReviewResults } from "@/components/launch-review/review-results";
import { SavedReviews } from "@/components/launch-review/saved-reviews";
import { Card } from "@/components/ui/card";
import { useLaunchInputs } from "@/lib/hooks/use-launch-inputs";
import { mixLines } from "@/lib/launch-review/maths";
import { computeLaunchReview } from "@/lib/launch-review/review";
import { toLaunchPrices, type LaunchModels, type LaunchReviewView } from "@/lib/launch-review/schemas";

/**
 * The launch review: inputs in the URL (a review is shared by its link), the
 * figures computed here from the org's prices, the verdict and what would pass.
 */
export function LaunchReviewDashboard({ orgId, models, reviews, canWrite }: { orgId: string; models: LaunchModels; reviews: LaunchReviewView[]; canWrite: boolean }) {
  const { search, inputs, issues, change } = useLaunchInputs();
  const prices = useMemo(() => toLaunchPrices(models), [models]);
  const result = computeLaunchReview(inputs, prices);
  const mix = mixLines(inputs, prices);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Launch review</h1>
        <p className="text-sm text-slate-600">Will a planned AI feature keep a healthy margin? Costs use your prices (your overrides, else the catalog); the link holds the whole review.</p>
      </div>
      {issues.length > 0 && (
        <div role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="input-issues">
          Some values in the link were not usable and their defaults are shown: {issues.map((i) => `${i.param} (${i.message})`).join("; ")}.
        </div>
      )}
      {/* phone: plan, result, saved reviews; wide: the result beside the plan and the saved reviews */}
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] lg:grid-rows-[auto_1fr] lg:items-start">
        <Card title="Plan" className="lg:col-start-1 lg:row-start-1">
          <LaunchForm inputs={inputs} issues={issues} list={models} lines={"lines" in mix ? mix.lines : null} onChange={change} />
        </Card>
        <div className="min-w-0 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          {"review" in result ? (
            <ReviewResults review={result.review} inputs={inputs} />
          ) : (
            <div role="alert" className="rounded-xl border-2 border-rose-600 bg-rose-50 px-4 py-3 text-sm text-rose-950" data-testid="review-error">
              <p className="font-semibold">No result yet</p>
              <p className="mt-1">{result.error[0].toUpperCase()}{result.error.slice(1)}.</p>
            </div>
          )}
        </div>
        <div className="lg:col-start-1 lg:row-start-2">
          <SavedReviews orgId={orgId} initial={reviews} inputs={inputs} canSave={"review" in result} canWrite={canWrite} search={search} />
        </div>
      </div>
    </div>
  );
}
