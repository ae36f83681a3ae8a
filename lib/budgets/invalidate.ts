// Telling every server process that an org's budget answers are stale: when its
// budgets change (in the changing transaction) and when its spend changes (after
// an ingest batch commits, coalesced to at most one NOTIFY per org per
// SPEND_NOTIFY_WINDOW_MS but always one after the last batch, so a busy org does
// not flood PostgreSQL and no answer stays stale longer than the window).
import "server-only";
import { getPool } from "@/lib/db";
import { invalidationStatement, publishInvalidation } from "@/lib/cache/invalidation";
import { Coalescer } from "@/lib/budgets/coalesce";
import { BUDGET_STATUS_TOPIC, forgetBudgetStatus } from "@/lib/budgets/status";

export const SPEND_NOTIFY_WINDOW_MS = 200;

/** The statement to run inside a transaction that changes an org's budgets. */
export const budgetsChangedStatement = (orgId: string) => invalidationStatement(BUDGET_STATUS_TOPIC, orgId);

const notifier = new Coalescer(SPEND_NOTIFY_WINDOW_MS, (orgId) => {
  publishInvalidation(getPool(), BUDGET_STATUS_TOPIC, orgId).catch((err) => console.error("[budgets] could not publish a spend invalidation:", (err as Error).message));
});

/** After a batch with new spend committed: this process forgets at once, the others on the (coalesced) notification. */
export function budgetSpendChanged(orgId: string): void {
  forgetBudgetStatus(orgId);
  notifier.call(orgId);
}
