// GET /api/v1/webhooks/:id/deliveries – the endpoint's latest 50 deliveries, newest first, with every attempt (admin)
import { memberRoute, uuidParam } from "@/lib/api/route";
import { listDeliveries } from "@/lib/webhooks/queries";

export const dynamic = "force-dynamic";

export const GET = memberRoute({ roles: ["admin"] }, async ({ member, params }) => ({ deliveries: await listDeliveries(member.orgId, uuidParam(params.id, "webhook")) }));
