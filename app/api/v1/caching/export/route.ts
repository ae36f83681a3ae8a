// GET /api/v1/caching/export?table=features|models[&filters] – one caching table as CSV, named with its range (session, or API key with usage:read)
import { z } from "zod";
import { csvFileName, csvResponse } from "@/lib/api/csv";
import { orgReadRoute } from "@/lib/api/read-route";
import { cachingCsv } from "@/lib/caching/export";
import { CACHING_TABLES, cachingQuerySchema } from "@/lib/caching/schemas";

export const dynamic = "force-dynamic";

const query = z.preprocess(
  (v) => v,
  z.object({ table: z.enum(CACHING_TABLES, { error: `must be one of ${CACHING_TABLES.join(", ")}` }) }).passthrough(),
);

export const GET = orgReadRoute({ scope: "usage:read", query }, async ({ orgId, query: q }) => {
  const { table, ...rest } = q;
  const filters = cachingQuerySchema().parse(rest);
  const { header, rows } = await cachingCsv(orgId, table, filters);
  return csvResponse(csvFileName(["costwise", "caching", table, filters.from, filters.to]), header, rows);
});
