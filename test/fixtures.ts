// Helpers for integration tests: orgs, teams, features and events written with
// the same SQL paths the app uses.
import { randomUUID } from "node:crypto";
import type { Queryable } from "@/lib/database/pool";
import { sqlRows } from "@/lib/database/pool";
import type { EventRow } from "@/lib/ingest/insert-events";

export async function createOrg(db: Queryable, name = "Test org") {
  const slug = `t-${randomUUID().slice(0, 8)}`;
  const [org] = await sqlRows<{ id: string }>(db, `INSERT INTO orgs (name, slug) VALUES ($1, $2) RETURNING id`, [name, slug]);
  const [team] = await sqlRows<{ id: string }>(db, `INSERT INTO teams (org_id, key, name) VALUES ($1, 'core', 'Core') RETURNING id`, [org.id]);
  const features: Record<string, string> = {};
  for (const key of ["chat", "search"]) {
    const [f] = await sqlRows<{ id: string }>(db, `INSERT INTO features (org_id, key, name, team_id) VALUES ($1, $2, $3, $4) RETURNING id`, [org.id, key, key.toUpperCase(), team.id]);
    features[key] = f.id;
  }
  return { orgId: org.id, slug, teamId: team.id, features };
}

let seq = 0;
export function event(base: { teamId: string; featureId: string }, over: Partial<EventRow> = {}): EventRow {
  return {
    eventId: `ev-${++seq}-${randomUUID()}`,
    ts: new Date().toISOString(),
    provider: "openai",
    model: "gpt-4o-mini",
    requestedModel: null,
    tier: "small",
    endUserId: null,
    inputTokens: 100,
    outputTokens: 10,
    cachedInputTokens: 0,
    cacheWriteTokens: 0,
    reasoningTokens: 0,
    costNano: 1_000n,
    costSource: "computed",
    latencyMs: 100,
    status: "ok",
    cacheHit: false,
    traceId: null,
    spanId: null,
    parentSpanId: null,
    qualityScore: null,
    hallucination: null,
    guardrailBlocked: null,
    ...base,
    ...over,
  };
}

/** A user to act as the admin in lib-level tests (audit rows need an actor). */
export async function createUser(db: Queryable, label: string): Promise<string> {
  const [u] = await sqlRows<{ id: string }>(db, `INSERT INTO users (email) VALUES ($1) RETURNING id`, [`${label}-${randomUUID().slice(0, 8)}@test.costwise.dev`]);
  return u.id;
}
