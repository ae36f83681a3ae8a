// GET /api/v1/overview/export?table=features|teams|models[&filters] – one overview table as CSV, named with its range
import { memberRoute } from "@/lib/api/route";
import { csvFileName, csvResponse } from "@/lib/api/csv";
import { filtersQuerySchema, tableExportQuerySchema } from "@/lib/filters/schema";
import { overviewCsv, OVERVIEW_TABLES } from "@/lib/overview/export";

export const dynamic = "force-dynamic";

export const GET = memberRoute({ query: tableExportQuerySchema(OVERVIEW_TABLES, filtersQuerySchema()) }, async ({ member, query: q }) => {
  const { header, rows } = await overviewCsv(member.orgId, q.table, q.filters);
  return csvResponse(csvFileName(["costwise", q.table, q.filters.from, q.filters.to]), header, rows);
});
