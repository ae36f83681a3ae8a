// What follows a committed ingest batch that stored new events (spend changed):
// alert evaluation is requested and the budget-status caches are told.
import "server-only";
import { requestAlertEvaluation } from "@/lib/alerts/trigger";
import { budgetSpendChanged } from "@/lib/budgets/invalidate";

export function spendCommitted(orgId: string): void {
  requestAlertEvaluation(orgId);
  budgetSpendChanged(orgId);
}
