// GET /api/v1/quality/export?table=features|models[&filters] – one quality table as CSV, named with its range (session, or API key with usage:read)
import { csvFileName, csvResponse } from "@/lib/api/csv";
import { orgReadRoute } from "@/lib/api/read-route";
import { filtersQuerySchema, tableExportQuerySchema } from "@/lib/filters/schema";
import { qualityCsv, QUALITY_TABLES } from "@/lib/quality/export";

export const dynamic = "force-dynamic";

export const GET = orgReadRoute({ scope: "usage:read", query: tableExportQuerySchema(QUALITY_TABLES, filtersQuerySchema()) }, async ({ orgId, query: q }) => {
  const { header, rows } = await qualityCsv(orgId, q.table, q.filters);
  return csvResponse(csvFileName(["costwise", "quality", q.table, q.filters.from, q.filters.to]), header, rows);
});
