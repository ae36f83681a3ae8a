import { EmptyState } from "@/components/ui/empty-state";
import { BODY_ROW, HEAD_ROW, TableScroll } from "@/components/ui/table";
import { UserText } from "@/components/ui/user-text";
import { formatUnitMoney } from "@/lib/charts/prepare-feature";
import { formatCount } from "@/lib/format/number";
import type { FeatureDetail } from "@/lib/pnl/feature-schemas";

/** The end users who cost most within the sample (ids as the product sent them). */
export function TopUsersTable({ top }: { top: FeatureDetail["topUsers"] }) {
  if (top.users.length === 0) {
    return <EmptyState title="No end users in the sample">Send a <code className="font-mono">userId</code> with each event to see cost per end user.</EmptyState>;
  }
  return (
    <TableScroll label="Top end users by cost">
      <table className="w-full text-sm" data-testid="top-users">
        <thead>
          <tr className={HEAD_ROW}>
            <th scope="col" className="py-2 pr-4 font-medium">End user</th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">Requests</th>
            <th scope="col" className="py-2 text-right font-medium">Cost</th>
          </tr>
        </thead>
        <tbody>
          {top.users.map((u) => (
            <tr key={u.endUserId} className={BODY_ROW}>
              <th scope="row" className="max-w-48 truncate py-2 pr-4 text-left font-mono text-xs font-normal"><UserText>{u.endUserId}</UserText></th>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCount(u.requests)}</td>
              <td className="py-2 text-right tabular-nums">{formatUnitMoney(u.costNano)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {top.anonymousRequests > 0 && <p className="mt-2 text-xs text-slate-600">{formatCount(top.anonymousRequests)} request{top.anonymousRequests === 1 ? "" : "s"} of the sample had no end-user id.</p>}
    </TableScroll>
  );
}
