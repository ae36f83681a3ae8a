// Authenticate `Authorization: Bearer cw_live_…`. Unknown, revoked and malformed
// keys all get the same 401, so a response never reveals whether an org exists.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { AppError } from "@/lib/api/errors";
import { API_KEY_PREFIX, hashApiKey, type ApiKeyScope } from "@/lib/auth/api-keys";

export type ApiKeyPrincipal = { orgId: string; keyId: string; scopes: string[] };

const CACHE_MS = 10_000; // a revocation takes effect within this long on other processes
const TOUCH_EVERY_MS = 60_000;
const cache = new Map<string, { principal: ApiKeyPrincipal | null; at: number }>();
const touched = new Map<string, number>();

const invalidKey = () =>
  new AppError(401, "invalid_api_key", "missing or invalid API key; send `Authorization: Bearer cw_live_…`", {}, { "www-authenticate": 'Bearer realm="costwise"' });

export function forgetApiKey(hash: string): void {
  cache.delete(hash);
}

export async function authenticateApiKey(authorization: string | null, scope: ApiKeyScope): Promise<ApiKeyPrincipal> {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  const secret = m?.[1];
  if (!secret || !secret.startsWith(API_KEY_PREFIX) || secret.length > 200) throw invalidKey();
  const hash = hashApiKey(secret);
  let entry = cache.get(hash);
  if (!entry || Date.now() - entry.at > CACHE_MS) {
    const [row] = await sqlRows<{ org_id: string; id: string; scopes: string[] }>(
      getPool(),
      `SELECT org_id, id, scopes FROM api_keys WHERE hash = $1 AND revoked_at IS NULL`,
      [hash],
    );
    entry = { principal: row ? { orgId: row.org_id, keyId: row.id, scopes: row.scopes } : null, at: Date.now() };
    cache.set(hash, entry);
  }
  if (!entry.principal) throw invalidKey();
  if (!entry.principal.scopes.includes(scope)) throw new AppError(403, "insufficient_scope", `this API key lacks the "${scope}" scope`);
  touchLastUsed(entry.principal);
  return entry.principal;
}

/** Record last use at most once a minute per key, off the request's critical path. */
function touchLastUsed(p: ApiKeyPrincipal): void {
  const now = Date.now();
  if (now - (touched.get(p.keyId) ?? 0) < TOUCH_EVERY_MS) return;
  touched.set(p.keyId, now);
  getPool()
    .query(
      `UPDATE api_keys SET last_used_at = now() WHERE org_id = $1 AND id = $2 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [p.orgId, p.keyId],
    )
    .catch((err) => console.error("[api-keys] could not record last use:", (err as Error).message));
}
