import { EmptyState } from "@/components/ui/empty-state";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";
import { formatMoney } from "@/lib/format/number";
import type { FeatureDetail } from "@/lib/pnl/feature-schemas";

const monthName = (m: string) => new Date(`${m}-01T00:00:00Z`).toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
const at = (iso: string) => `${new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
const VIA: Record<string, string> = { ui: "in the app", api: "API", csv: "CSV import" };

type Change = FeatureDetail["revenue"][number]["history"][number];
const who = (c: Change) => c.actorEmail ?? (c.apiKeyName ? `API key “${c.apiKeyName}”` : c.via === "api" ? "an API key" : "unknown");

/** Entered revenue per month of the range, each change below it: who, when, from what to what. */
export function RevenueHistory({ feature, entries }: { feature: FeatureDetail["feature"]; entries: FeatureDetail["revenue"] }) {
  if (feature.revenueModel !== "monthly") {
    const price = feature.unitPriceNano === null ? "no price set yet" : formatMoney(feature.unitPriceNano);
    return (
      <p className="text-sm text-slate-700">
        This feature&apos;s revenue is derived, not entered: {price} {feature.revenueModel === "per_request" ? "per request" : "per active end user a month"}.
      </p>
    );
  }
  if (entries.length === 0) {
    return <EmptyState title="No revenue entered for these months">Enter it on the P&amp;L page or send it with <code className="font-mono">POST /api/v1/revenue</code>.</EmptyState>;
  }
  return (
    <TableScroll label="Revenue entries and their history">
      <table className="w-full text-sm" data-testid="revenue-history">
        <thead>
          <tr className={HEAD_ROW}>
            <th scope="col" className="py-2 pr-4 font-medium">Month</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Revenue</th>
            <th scope="col" className="py-2 pr-4 font-medium">Change</th>
            <th scope="col" className="py-2 pr-4 font-medium">By</th>
            <th scope="col" className="py-2 font-medium">When</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const changes: (Change | null)[] = e.history.length ? e.history : [null];
            return changes.map((c, i) => (
              <tr key={`${e.month}-${i}`} className={i === changes.length - 1 ? BODY_ROW : ""}>
                {i === 0 && (
                  <>
                    <th scope="row" rowSpan={changes.length} className="whitespace-nowrap py-2 pr-4 text-left align-top font-medium">{monthName(e.month)}</th>
                    <td rowSpan={changes.length} className="whitespace-nowrap py-2 pr-4 text-right align-top tabular-nums">{formatMoney(e.amountNano)}</td>
                  </>
                )}
                {c ? (
                  <>
                    <td className="whitespace-nowrap py-2 pr-4 tabular-nums">{c.beforeNano === null ? "–" : formatMoney(c.beforeNano)} → {c.afterNano === null ? "–" : formatMoney(c.afterNano)}</td>
                    <td className="py-2 pr-4"><UserText>{who(c)}</UserText>{c.via && <span className="text-xs text-slate-500"> · {VIA[c.via] ?? c.via}</span>}</td>
                    <td className="whitespace-nowrap py-2 text-xs text-slate-600">{at(c.at)}</td>
                  </>
                ) : (
                  <td colSpan={3} className="py-2 text-xs text-slate-600">Entered {at(e.updatedAt)} ({VIA[e.source] ?? e.source}); no recorded changes.</td>
                )}
              </tr>
            ));
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
