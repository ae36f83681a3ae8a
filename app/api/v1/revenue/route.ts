// POST /api/v1/revenue – monthly revenue per feature (API key with the revenue scope); idempotent per feature × month
import { apiKeyRoute } from "@/lib/api/api-key-route";
import { jsonResponse } from "@/lib/api/json";
import { readJsonBody } from "@/lib/ingest/body";
import { recordRevenue } from "@/lib/pnl/revenue";
import { revenueBodySchema } from "@/lib/pnl/revenue-schemas";

export const dynamic = "force-dynamic";

export const POST = apiKeyRoute({ scope: "revenue" }, async ({ key, req }) => {
  const { items } = revenueBodySchema.parse(await readJsonBody(req));
  const result = await recordRevenue(key.orgId, { userId: null, via: "api", keyId: key.keyId }, items);
  return jsonResponse(result, result.rejected > 0 ? 207 : 200);
});
