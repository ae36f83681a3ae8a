// PUT /api/v1/features/:id/revenue-model – how a feature earns: monthly (entered), or a price per request / per active user per month (admins; leads for their teams' features)
import { memberRoute, uuidParam } from "@/lib/api/route";
import { revenueModelBodySchema } from "@/lib/pnl/entry-schemas";
import { setRevenueModel } from "@/lib/pnl/feature-economics";

export const dynamic = "force-dynamic";

export const PUT = memberRoute({ roles: ["admin", "lead"], body: revenueModelBodySchema }, async ({ member, params, body }) =>
  setRevenueModel(member, uuidParam(params.id, "feature"), body),
);
