// Which features a member may enter P&L inputs for, and a feature's revenue model.
// Admins manage every feature; leads the features of the teams they lead (their
// budgets and features, docs/design.md §2); viewers none.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows, withTransaction } from "@/lib/database/pool";
import { forbidden, notFound } from "@/lib/api/errors";
import type { Member } from "@/lib/auth/session";
import { usdToNano } from "@/lib/money";
import type { RevenueModelBody } from "@/lib/pnl/entry-schemas";
import type { RevenueModel } from "@/lib/pnl/maths";

export type EditableFeature = { id: string; key: string; name: string; revenueModel: RevenueModel; unitPriceNano: string | null };

/** Features this member may write revenue, costs and the revenue model of, by name. */
export async function editableFeatures(member: Pick<Member, "orgId" | "userId" | "role">): Promise<EditableFeature[]> {
  if (member.role === "viewer") return [];
  const rows = await sqlRows<{ id: string; key: string; name: string; revenue_model: RevenueModel; unit_price: string | null }>(
    getPool(),
    `SELECT fe.id, fe.key, fe.name, fe.revenue_model, fe.unit_price_nano::text AS unit_price FROM features fe
      WHERE fe.org_id = $1
        AND ($3 OR fe.team_id IN (SELECT team_id FROM team_leads WHERE org_id = $1 AND user_id = $2))
      ORDER BY fe.name, fe.key`,
    [member.orgId, member.userId, member.role === "admin"],
  );
  return rows.map((r) => ({ id: r.id, key: r.key, name: r.name, revenueModel: r.revenue_model, unitPriceNano: r.unit_price }));
}

/** Set how a feature earns (audited with before and after). 404 for another org's feature, 403 for a lead's other teams. */
export async function setRevenueModel(member: Pick<Member, "orgId" | "userId" | "role">, featureId: string, body: RevenueModelBody): Promise<EditableFeature> {
  const unitPrice = body.revenueModel === "monthly" ? null : usdToNano(body.unitPriceUsd!).toString();
  return withTransaction(getPool(), async (client) => {
    const [f] = await sqlRows<{ key: string; name: string; revenue_model: RevenueModel; unit_price: string | null; led: boolean }>(
      client,
      `SELECT key, name, revenue_model, unit_price_nano::text AS unit_price,
              team_id IN (SELECT team_id FROM team_leads WHERE org_id = $1 AND user_id = $3) AS led
         FROM features WHERE org_id = $1 AND id = $2 FOR UPDATE`,
      [member.orgId, featureId, member.userId],
    );
    if (!f) throw notFound("feature");
    if (member.role !== "admin" && !f.led) throw forbidden("you can change the revenue model only of features of the teams you lead");
    await client.query(`UPDATE features SET revenue_model = $3, unit_price_nano = $4 WHERE org_id = $1 AND id = $2`, [member.orgId, featureId, body.revenueModel, unitPrice]);
    if (f.revenue_model !== body.revenueModel || f.unit_price !== unitPrice) {
      await client.query(`INSERT INTO audit_logs (org_id, actor_user_id, action, target, details) VALUES ($1, $2, 'feature.revenue_model', $3, $4::jsonb)`, [
        member.orgId,
        member.userId,
        f.key,
        JSON.stringify({ before: { revenueModel: f.revenue_model, unitPriceNano: f.unit_price }, after: { revenueModel: body.revenueModel, unitPriceNano: unitPrice } }),
      ]);
    }
    return { id: featureId, key: f.key, name: f.name, revenueModel: body.revenueModel, unitPriceNano: unitPrice };
  });
}
