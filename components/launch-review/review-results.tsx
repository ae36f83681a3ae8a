"use client";

import { MarginBars } from "@/components/charts/margin-bars";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { prepareMarginAtScale } from "@/lib/charts/prepare-launch-review";
import { formatCount, formatMoney } from "@/lib/format/number";
import { describeSuggestion, formatMargin } from "@/lib/launch-review/describe";
import type { LaunchInputs } from "@/lib/launch-review/inputs";
import type { LaunchReview } from "@/lib/launch-review/review";
import { HEALTHY_MARGIN_PCT } from "@/lib/pnl/maths";

const REVENUE_HINT: Record<LaunchInputs["revenueModel"], string> = { monthly: "fixed per month", per_request: "price × requests", per_user: "price × active users" };

/** The pass / fail banner: colour and an icon, and the words, so neither is needed alone. */
function Verdict({ review }: { review: LaunchReview }) {
  const pass = review.verdict === "pass";
  return (
    <div data-testid="verdict" data-verdict={review.verdict} className={`rounded-xl border-2 px-4 py-3 ${pass ? "border-emerald-600 bg-emerald-50 text-emerald-950" : "border-rose-600 bg-rose-50 text-rose-950"}`}>
      <p className="text-base font-semibold">
        <span aria-hidden className="mr-2">{pass ? "✓" : "✕"}</span>
        {pass ? "Passes" : "Fails"} the launch gate: {formatMargin(review.marginPct)} contribution margin {pass ? "≥" : "<"} {HEALTHY_MARGIN_PCT}%
      </p>
      {review.marginPct === null && <p className="mt-1 text-sm">No revenue is planned, so there is no margin: set a price.</p>}
      {review.failsAtScale && (
        <p className="mt-1 text-sm" data-testid="scale-warning">
          But it fails at {review.failsAtScale.factor}× volume: the margin falls to {formatMargin(review.failsAtScale.marginPct)}, since fixed monthly revenue does not grow while token cost does.
        </p>
      )}
    </div>
  );
}

export function ReviewResults({ review, inputs }: { review: LaunchReview; inputs: LaunchInputs }) {
  const chart = prepareMarginAtScale(review.scale);
  const [, x10, x100] = review.scale;
  return (
    <div className="space-y-4" data-testid="review-results">
      <Verdict review={review} />
      <div className="grid grid-cols-2 gap-3 xl:grid-cols-3">
        <Stat label="Monthly cost" value={formatMoney(review.cogsNano)} hint={`${formatMoney(review.tokenCostNano)} tokens + ${formatMoney(review.otherCostNano)} other`} />
        <Stat label="Cost per request" value={formatMoney(review.costPerRequestNano)} hint={`${formatCount(review.modelRequests)} of ${formatCount(inputs.requests)} requests reach a model`} />
        <Stat label="Monthly revenue" value={formatMoney(review.revenueNano)} hint={REVENUE_HINT[inputs.revenueModel]} />
        <Stat label="Margin" value={formatMargin(review.marginPct)} hint={`gate: ≥ ${HEALTHY_MARGIN_PCT}%`} />
        <Stat label="At 10× volume" value={formatMargin(x10.marginPct)} hint={x10.passes ? "passes" : "below the gate"} />
        <Stat label="At 100× volume" value={formatMargin(x100.marginPct)} hint={x100.passes ? "passes" : "below the gate"} />
      </div>
      {review.suggestions.length > 0 && (
        <Card title="What would pass" subtitle="Each change on its own, solved exactly; everything else as planned">
          <ul className="space-y-2 text-sm" data-testid="suggestions">
            {review.suggestions.map((s) => (
              <li key={s.kind} className="flex flex-wrap items-baseline justify-between gap-x-3 rounded-md bg-slate-50 px-3 py-2">
                <span className="font-medium text-slate-900">{describeSuggestion(s)}</span>
                <span className="text-xs text-slate-600">margin {formatMargin(s.marginPct)}</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {review.verdict === "fail" && review.suggestions.length === 0 && (
        <p className="text-sm text-slate-700" data-testid="no-suggestion">No single change of routing, price or cache passes the gate: the fixed monthly costs alone take more than half the revenue, or nothing can be priced.</p>
      )}
      <Card title="Margin at scale" subtitle={`The dashed line is the ${HEALTHY_MARGIN_PCT}% gate. Token cost grows with volume; fixed costs do not; revenue grows unless it is fixed per month`}>
        <MarginBars data={chart.data} domain={chart.domain} gate={HEALTHY_MARGIN_PCT} label="Contribution margin at 1×, 10× and 100× planned volume" table={chart.table} />
      </Card>
      <Card title="Cost by model" subtitle="Requests not served from cache, split by the mix">
        <TableScroll label="Cost by model">
          <table className="w-full text-sm" data-testid="cost-lines">
            <thead>
              <tr className={HEAD_ROW}>
                <th scope="col" className="py-2 pr-3 font-medium">Model</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Share</th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">Per request</th>
                <th scope="col" className="py-2 text-right font-medium">Per month</th>
              </tr>
            </thead>
            <tbody>
              {review.lines.map((l) => (
                <tr key={l.key} className={BODY_ROW}>
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    <span className="block text-slate-900">{l.model}</span>
                    <span className="block text-xs text-slate-500">{l.provider} · {l.tier ?? "–"} tier</span>
                  </th>
                  <td className="py-2 pr-3 text-right tabular-nums">{l.pct}%</td>
                  <td className="py-2 pr-3 text-right tabular-nums">{formatMoney(l.costPerRequestNano)}</td>
                  <td className="py-2 text-right tabular-nums">{formatMoney(l.monthlyCostNano)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Card>
    </div>
  );
}
