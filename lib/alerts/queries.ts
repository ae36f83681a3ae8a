// The alert inbox: list (newest first, by status and kind) and move an alert
// through open → acknowledged → resolved, recording who and when. Every
// function takes orgId first; another org's alert is simply not found.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { badRequest, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record";
import { ALERT_TRANSITIONS, type AlertList, type AlertStatus, type AlertView, type ListAlertsQuery } from "@/lib/alerts/schemas";

type Row = {
  id: string; kind: AlertView["kind"]; status: AlertStatus; title: string; message: string; details: Record<string, unknown>;
  budget_id: string | null; created_at: Date; acknowledged_at: Date | null; resolved_at: Date | null;
  ack_id: string | null; ack_name: string | null; res_id: string | null; res_name: string | null;
};

const SELECT = `SELECT a.id, a.kind, a.status, a.title, a.message, a.details, a.budget_id, a.created_at, a.acknowledged_at, a.resolved_at,
       a.acknowledged_by AS ack_id, coalesce(ua.name, ua.email) AS ack_name, a.resolved_by AS res_id, coalesce(ur.name, ur.email) AS res_name
  FROM alerts a
  LEFT JOIN users ua ON ua.id = a.acknowledged_by
  LEFT JOIN users ur ON ur.id = a.resolved_by`;

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? "a former member" } : null);

function toView(r: Row): AlertView {
  return {
    id: r.id, kind: r.kind, status: r.status, title: r.title, message: r.message, details: r.details, budgetId: r.budget_id,
    createdAt: r.created_at.toISOString(),
    acknowledgedAt: r.acknowledged_at?.toISOString() ?? null, acknowledgedBy: person(r.ack_id, r.ack_name),
    resolvedAt: r.resolved_at?.toISOString() ?? null, resolvedBy: person(r.res_id, r.res_name),
  };
}

export async function listAlerts(orgId: string, q: ListAlertsQuery): Promise<AlertList> {
  const pool = getPool();
  const [rows, counts] = await Promise.all([
    sqlRows<Row>(
      pool,
      `${SELECT}
        WHERE a.org_id = $1 AND ($2::"AlertStatus" IS NULL OR a.status = $2) AND ($3::"AlertKind" IS NULL OR a.kind = $3)
          AND ($4::timestamptz IS NULL OR a.created_at < $4)
        ORDER BY a.created_at DESC, a.id LIMIT $5`,
      [orgId, q.status ?? null, q.kind ?? null, q.before ?? null, q.limit + 1],
    ),
    sqlRows<{ status: AlertStatus; n: bigint }>(
      pool,
      `SELECT status, count(*) AS n FROM alerts WHERE org_id = $1 AND ($2::"AlertKind" IS NULL OR kind = $2) GROUP BY status`,
      [orgId, q.kind ?? null],
    ),
  ]);
  const page = rows.slice(0, q.limit);
  const c = { open: 0, acknowledged: 0, resolved: 0 };
  for (const r of counts) c[r.status] = Number(r.n);
  return { alerts: page.map(toView), counts: c, nextBefore: rows.length > q.limit ? page[page.length - 1].created_at.toISOString() : null };
}

export async function getAlert(orgId: string, id: string): Promise<AlertView> {
  const [row] = await sqlRows<Row>(getPool(), `${SELECT} WHERE a.org_id = $1 AND a.id = $2`, [orgId, id]);
  if (!row) throw notFound("alert");
  return toView(row);
}

/** Move an alert to `status` as `actorUserId`; the transition must be allowed (re-sending the current status changes nothing). */
export async function setAlertStatus(orgId: string, actorUserId: string, id: string, status: AlertStatus, now = new Date()): Promise<AlertView> {
  await withTransaction(getPool(), async (c) => {
    const [cur] = await sqlRows<{ status: AlertStatus }>(c, `SELECT status FROM alerts WHERE org_id = $1 AND id = $2 FOR UPDATE`, [orgId, id]);
    if (!cur) throw notFound("alert");
    if (cur.status === status) return;
    if (!ALERT_TRANSITIONS[cur.status].includes(status)) throw badRequest(`an ${cur.status} alert cannot become ${status}`);
    // acknowledging records who; resolving records who (and acknowledges if nobody had); reopening clears both
    await c.query(
      `UPDATE alerts SET status = $3::"AlertStatus",
         acknowledged_at = CASE WHEN $3 = 'open' THEN NULL WHEN acknowledged_at IS NULL THEN $5 ELSE acknowledged_at END,
         acknowledged_by = CASE WHEN $3 = 'open' THEN NULL WHEN acknowledged_at IS NULL THEN $4::uuid ELSE acknowledged_by END,
         resolved_at = CASE WHEN $3 = 'resolved' THEN $5 ELSE NULL END,
         resolved_by = CASE WHEN $3 = 'resolved' THEN $4::uuid ELSE NULL END
       WHERE org_id = $1 AND id = $2`,
      [orgId, id, status, actorUserId, now],
    );
  });
  await recordAudit(orgId, actorUserId, `alert.${status}`, id, {});
  return getAlert(orgId, id);
}
