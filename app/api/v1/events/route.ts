// POST /api/v1/events – ingest a batch of usage events (API key with the ingest scope)
import { apiKeyRoute } from "@/lib/api/api-key-route";
import { jsonResponse } from "@/lib/api/json";
import { readBatchBody } from "@/lib/ingest/body";
import { ingestBatch } from "@/lib/ingest/ingest";

export const dynamic = "force-dynamic";

export const POST = apiKeyRoute({ scope: "ingest" }, async ({ key, req }) => {
  const batch = await readBatchBody(req);
  const result = await ingestBatch(key.orgId, batch);
  return jsonResponse(result, result.rejected > 0 ? 207 : 200);
});
