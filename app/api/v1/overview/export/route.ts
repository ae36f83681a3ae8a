// GET /api/v1/overview/export?table=features|teams|models[&filters] – one overview table as CSV, named with its range
import { z } from "zod";
import { memberRoute } from "@/lib/api/route";
import { csvFileName, csvResponse } from "@/lib/api/csv";
import { filtersQuerySchema } from "@/lib/filters/schema";
import { overviewCsv, OVERVIEW_TABLES } from "@/lib/overview/export";

export const dynamic = "force-dynamic";

const query = z.preprocess(
  (v) => v,
  z.object({ table: z.enum(OVERVIEW_TABLES, { error: `must be one of ${OVERVIEW_TABLES.join(", ")}` }) }).passthrough(),
);

export const GET = memberRoute({ query }, async ({ member, query: q, req }) => {
  const params = new URLSearchParams(req.nextUrl.searchParams);
  params.delete("table");
  const filters = filtersQuerySchema().parse(params);
  const { header, rows } = await overviewCsv(member.orgId, q.table, filters);
  return csvResponse(csvFileName(["costwise", q.table, filters.from, filters.to]), header, rows);
});
