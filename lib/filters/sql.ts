// The filter object as SQL over daily_rollups (alias `x`): entity keys are
// resolved to ids once per statement (an uncorrelated subquery, so the planner
// can use the (org_id, feature_id, day) index), scoped to the org in `$1`, which
// every caller passes first, so a key of another org can never match.
// Parameters are appended after the caller's.
import type { Filters } from "@/lib/filters/schema";

export function rollupFilterSql(f: Pick<Filters, "team" | "feature" | "provider" | "model">, params: unknown[], alias = "x"): string {
  if (params.length === 0) throw new Error("rollupFilterSql: the org id must be the statement's first parameter");
  const parts: string[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  if (f.team) parts.push(`${alias}.team_id = (SELECT t.id FROM teams t WHERE t.org_id = $1 AND t.key = ${add(f.team)})`);
  if (f.feature) parts.push(`${alias}.feature_id = (SELECT fe.id FROM features fe WHERE fe.org_id = $1 AND fe.key = ${add(f.feature)})`);
  if (f.provider) parts.push(`${alias}.provider = ${add(f.provider)}`);
  if (f.model) parts.push(`${alias}.model = ${add(f.model)}`);
  return parts.length ? ` AND ${parts.join(" AND ")}` : "";
}
