import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { parseFilters } from "@/lib/filters/schema";
import { getRouting } from "@/lib/routing/queries";
const pool = getPool();
const [{ id }] = await sqlRows<{ id: string }>(pool, "SELECT id FROM orgs WHERE slug = 'bench'");
const { filters } = parseFilters(new URLSearchParams("range=90d"));
const orig = pool.query.bind(pool) as (t: string, v?: unknown[]) => Promise<{ rows: unknown[] }>;
(pool as unknown as { query: unknown }).query = async (q: { text: string; values: unknown[] }) => {
  if (q.text.includes(process.env.MATCH ?? "GROUPING SETS")) {
    const r = await orig(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values);
    console.log((r.rows as { "QUERY PLAN": string }[]).map((x) => x["QUERY PLAN"]).join("\n"));
  }
  return (orig as unknown as (x: unknown) => Promise<unknown>)(q);
};
await getRouting(id, filters);
process.exit(0);
