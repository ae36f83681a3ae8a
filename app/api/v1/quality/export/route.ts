// GET /api/v1/quality/export?table=features|models[&filters] – one quality table as CSV, named with its range (session, or API key with usage:read)
import { z } from "zod";
import { csvFileName, csvResponse } from "@/lib/api/csv";
import { orgReadRoute } from "@/lib/api/read-route";
import { filtersQuerySchema } from "@/lib/filters/schema";
import { qualityCsv, QUALITY_TABLES } from "@/lib/quality/export";

export const dynamic = "force-dynamic";

const filters = filtersQuerySchema();
const query = z.preprocess(
  (v) => v,
  z.record(z.string(), z.unknown()).transform((raw, ctx) => {
    const { table, ...rest } = raw;
    const t = z.enum(QUALITY_TABLES, { error: `must be one of ${QUALITY_TABLES.join(", ")}` }).safeParse(table);
    if (!t.success) ctx.addIssue({ code: "custom", path: ["table"], message: t.error.issues[0].message });
    const f = filters.safeParse(rest);
    if (!f.success) for (const i of f.error.issues) ctx.addIssue({ code: "custom", path: i.path, message: i.message });
    return t.success && f.success ? { table: t.data, filters: f.data } : z.NEVER;
  }),
);

export const GET = orgReadRoute({ scope: "usage:read", query }, async ({ orgId, query: q }) => {
  const { header, rows } = await qualityCsv(orgId, q.table, q.filters);
  return csvResponse(csvFileName(["costwise", "quality", q.table, q.filters.from, q.filters.to]), header, rows);
});
