// Call the real POST /api/v1/events handler in-process, as Next.js would.
import type { NextRequest } from "next/server";
import { generateApiKey } from "@/lib/auth/api-keys";
import type { Queryable } from "@/lib/database/pool";

type Handler = (req: NextRequest) => Promise<Response>;

export async function createKey(db: Queryable, orgId: string, opts: { scopes?: string[]; revoked?: boolean } = {}): Promise<string> {
  const key = generateApiKey();
  await db.query(`INSERT INTO api_keys (org_id, name, prefix, hash, scopes, revoked_at) VALUES ($1, 'test', $2, $3, $4, $5)`, [
    orgId, key.prefix, key.hash, opts.scopes ?? ["ingest"], opts.revoked ? new Date() : null,
  ]);
  return key.secret;
}

export function poster(handler: Handler) {
  return async (body: unknown, opts: { key?: string; contentType?: string; raw?: string } = {}) => {
    const headers: Record<string, string> = { "content-type": opts.contentType ?? "application/json" };
    if (opts.key) headers.authorization = `Bearer ${opts.key}`;
    const req = new Request("http://localhost/api/v1/events", { method: "POST", headers, body: opts.raw ?? JSON.stringify(body) });
    const res = await handler(req as unknown as NextRequest);
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
  };
}

export function makeEvents(n: number, prefix: string, over: Record<string, unknown> = {}) {
  return Array.from({ length: n }, (_, i) => ({
    eventId: `${prefix}-${i}`,
    timestamp: new Date(Date.UTC(2026, 10, 20, 12, 0, i % 60)).toISOString(),
    model: "gpt-4o-mini",
    team: "core",
    feature: "chat",
    userId: `user-${i % 7}`,
    inputTokens: 1000,
    outputTokens: 100,
    ...over,
  }));
}
