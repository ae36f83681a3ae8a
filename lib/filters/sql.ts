// The filter object as SQL over daily_rollups (alias `x`): entity keys are
// resolved inside the query, scoped to the row's org, so a key of another org
// can never match. Parameters are appended after the caller's.
import type { Filters } from "@/lib/filters/schema";

export function rollupFilterSql(f: Pick<Filters, "team" | "feature" | "provider" | "model">, params: unknown[], alias = "x"): string {
  const parts: string[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  if (f.team) parts.push(`${alias}.team_id IN (SELECT t.id FROM teams t WHERE t.org_id = ${alias}.org_id AND t.key = ${add(f.team)})`);
  if (f.feature) parts.push(`${alias}.feature_id IN (SELECT fe.id FROM features fe WHERE fe.org_id = ${alias}.org_id AND fe.key = ${add(f.feature)})`);
  if (f.provider) parts.push(`${alias}.provider = ${add(f.provider)}`);
  if (f.model) parts.push(`${alias}.model = ${add(f.model)}`);
  return parts.length ? ` AND ${parts.join(" AND ")}` : "";
}
