import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { parseFilters } from "@/lib/filters/schema";
import { getRouting } from "@/lib/routing/queries";
import { getCaching } from "@/lib/caching/queries";
const [{ id }] = await sqlRows<{ id: string }>(getPool(), "SELECT id FROM orgs WHERE slug = 'bench'");
for (const r of ["7d", "30d", "90d"]) {
  const { filters } = parseFilters(new URLSearchParams(`range=${r}`));
  const t: Record<string, string[]> = { routing: [], caching: [] };
  for (let i = 0; i < 6; i++) {
    let s = performance.now(); await getRouting(id, filters); t.routing.push((performance.now() - s).toFixed(0));
    s = performance.now(); await getCaching(id, filters); t.caching.push((performance.now() - s).toFixed(0));
  }
  console.log(r, JSON.stringify(t));
}
process.exit(0);
