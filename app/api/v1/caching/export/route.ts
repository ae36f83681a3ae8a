// GET /api/v1/caching/export?table=features|models[&filters] – one caching table as CSV, named with its range (session, or API key with usage:read)
import { csvFileName, csvResponse } from "@/lib/api/csv";
import { orgReadRoute } from "@/lib/api/read-route";
import { cachingCsv } from "@/lib/caching/export";
import { CACHING_TABLES, cachingQuerySchema } from "@/lib/caching/schemas";
import { tableExportQuerySchema } from "@/lib/filters/schema";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: tableExportQuerySchema(CACHING_TABLES, cachingQuerySchema()) }, async ({ orgId, query: q }) => {
  const { header, rows } = await cachingCsv(orgId, q.table, q.filters);
  return csvResponse(csvFileName(["costwise", "caching", q.table, q.filters.from, q.filters.to]), header, rows);
});
