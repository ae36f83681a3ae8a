// The one way alerts are raised. Each carries a dedupe key that is unique per org
// (a budget threshold: budget + period start + threshold), so the INSERT's
// ON CONFLICT DO NOTHING makes raising idempotent: a replayed batch, a second
// worker or a restart never raise one twice. Webhook deliveries for the new
// alerts are queued in the same transaction, so an alert is never raised
// without its notifications (or notified without being stored).
import "server-only";
import type pg from "pg";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { getPool } from "@/lib/db";
import { queueAlertDeliveries } from "@/lib/webhooks/dispatch";
import type { AlertKind } from "@/lib/alerts/schemas";

export type NewAlert = {
  kind: AlertKind;
  dedupeKey: string;
  title: string;
  message: string;
  /** what the inbox and webhooks show: figures as strings, ids, a link to the explaining view */
  details: Record<string, unknown>;
  budgetId?: string | null;
};

/** Insert the alerts not raised before; returns the ids of those newly raised (in input order). */
export async function raiseAlerts(orgId: string, alerts: NewAlert[], client?: pg.PoolClient): Promise<string[]> {
  if (alerts.length === 0) return [];
  const run = async (c: pg.PoolClient) => {
    const rows = await sqlRows<{ id: string; kind: string; status: string; title: string; message: string; details: unknown; created_at: Date }>(
      c,
      `INSERT INTO alerts (org_id, kind, title, message, details, budget_id, dedupe_key)
       SELECT $1::uuid, x.kind::"AlertKind", x.title, x.message, x.details, x.budget_id, x.dedupe_key
         FROM json_to_recordset($2::json) AS x(kind text, title text, message text, details jsonb, budget_id uuid, dedupe_key text)
       ON CONFLICT (org_id, dedupe_key) DO NOTHING
       RETURNING id, kind, status, title, message, details, created_at`,
      [orgId, JSON.stringify(alerts.map((a) => ({ kind: a.kind, title: a.title, message: a.message, details: a.details, budget_id: a.budgetId ?? null, dedupe_key: a.dedupeKey })))],
    );
    await queueAlertDeliveries(c, orgId, rows.map((r) => ({ ...r, createdAt: r.created_at })));
    return rows.map((r) => r.id);
  };
  return client ? run(client) : withTransaction(getPool(), run);
}
