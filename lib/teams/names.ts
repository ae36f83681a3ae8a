// Key and name of every team and feature of an org, by id: for labelling rows
// grouped by team_id / feature_id (anomaly alerts, routing tables).
import "server-only";
import { sqlRows, type Queryable } from "@/lib/database/pool";

export type EntityNames = {
  teams: Map<string, { key: string; name: string }>;
  features: Map<string, { key: string; name: string; teamId: string | null }>;
};

export async function loadEntityNames(db: Queryable, orgId: string): Promise<EntityNames> {
  const [teams, features] = await Promise.all([
    sqlRows<{ id: string; key: string; name: string }>(db, `SELECT id, key, name FROM teams WHERE org_id = $1`, [orgId]),
    sqlRows<{ id: string; key: string; name: string; team_id: string | null }>(db, `SELECT id, key, name, team_id FROM features WHERE org_id = $1`, [orgId]),
  ]);
  return {
    teams: new Map(teams.map((t) => [t.id, { key: t.key, name: t.name }])),
    features: new Map(features.map((f) => [f.id, { key: f.key, name: f.name, teamId: f.team_id }])),
  };
}
