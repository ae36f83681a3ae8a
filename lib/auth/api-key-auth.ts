// Authenticate `Authorization: Bearer cw_live_…`. Unknown, revoked and malformed
// keys all get the same 401, so a response never reveals whether an org exists.
// Lookups are cached per process in two bounded LRUs (known keys, and recently
// seen unknown hashes so random tokens cannot flood the database); a revocation
// reaches every process at once through LISTEN/NOTIFY (lib/cache/invalidation).
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { AppError } from "@/lib/api/errors";
import { LruCache } from "@/lib/cache/lru";
import { isListening, registerCache } from "@/lib/cache/invalidation";
import { hashApiKey } from "@/lib/auth/api-keys";
import { API_KEY_PREFIX, type ApiKeyScope } from "@/lib/auth/api-key-scopes";

export type ApiKeyPrincipal = { orgId: string; keyId: string; scopes: string[] };

export const API_KEY_CACHE_TOPIC = "apikey";
const KNOWN_TTL_MS = 60_000; // backstop only: revocations are pushed
const KNOWN_TTL_UNLISTENED_MS = 5_000; // while the invalidation listener is down
const UNKNOWN_TTL_MS = 10_000;
const TOUCH_EVERY_MS = 60_000;
export const API_KEY_CACHE_ENTRIES = 10_000;

const known = new LruCache<string, { principal: ApiKeyPrincipal; at: number }>(API_KEY_CACHE_ENTRIES);
const unknown = new LruCache<string, number>(API_KEY_CACHE_ENTRIES);
const touched = new LruCache<string, number>(API_KEY_CACHE_ENTRIES);
registerCache(API_KEY_CACHE_TOPIC, {
  onKey: (hash) => forgetApiKey(hash),
  onReset: () => {
    known.clear();
    unknown.clear();
  },
});

const invalidKey = () =>
  new AppError(401, "invalid_api_key", "missing or invalid API key; send `Authorization: Bearer cw_live_…`", {}, { "www-authenticate": 'Bearer realm="costwise"' });

/** Entries held by the two lookup caches (tests). */
export function apiKeyCacheSize(): { known: number; unknown: number } {
  return { known: known.size, unknown: unknown.size };
}

/** Drop a key from this process's caches at once (the notification also reaches the others). */
export function forgetApiKey(hash: string): void {
  known.delete(hash);
  unknown.delete(hash);
}

async function lookup(hash: string, now: number): Promise<ApiKeyPrincipal | null> {
  const hit = known.get(hash);
  if (hit && now - hit.at < (isListening() ? KNOWN_TTL_MS : KNOWN_TTL_UNLISTENED_MS)) return hit.principal;
  const miss = unknown.get(hash);
  if (miss !== undefined && now - miss < UNKNOWN_TTL_MS) return null;
  const [row] = await sqlRows<{ org_id: string; id: string; scopes: string[] }>(
    getPool(),
    `SELECT org_id, id, scopes FROM api_keys WHERE hash = $1 AND revoked_at IS NULL`,
    [hash],
  );
  if (!row) {
    known.delete(hash);
    unknown.set(hash, now);
    return null;
  }
  const principal = { orgId: row.org_id, keyId: row.id, scopes: row.scopes };
  unknown.delete(hash);
  known.set(hash, { principal, at: now });
  return principal;
}

export async function authenticateApiKey(authorization: string | null, scope: ApiKeyScope, now = Date.now()): Promise<ApiKeyPrincipal> {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  const secret = m?.[1];
  if (!secret || !secret.startsWith(API_KEY_PREFIX) || secret.length > 200) throw invalidKey();
  const principal = await lookup(hashApiKey(secret), now);
  if (!principal) throw invalidKey();
  if (!principal.scopes.includes(scope)) throw new AppError(403, "insufficient_scope", `this API key lacks the "${scope}" scope`);
  touchLastUsed(principal, now);
  return principal;
}

let lastTouch: Promise<void> = Promise.resolve();

/** Record last use at most once a minute per key, off the request's critical path. */
function touchLastUsed(p: ApiKeyPrincipal, now: number): void {
  if (now - (touched.get(p.keyId) ?? -Infinity) < TOUCH_EVERY_MS) return;
  touched.set(p.keyId, now);
  lastTouch = getPool()
    .query(
      `UPDATE api_keys SET last_used_at = now() WHERE org_id = $1 AND id = $2 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [p.orgId, p.keyId],
    )
    .then(() => {})
    .catch((err) => console.error("[api-keys] could not record last use:", (err as Error).message));
}

/** Resolves once the latest last-use write has finished (tests await it instead of sleeping). */
export function lastUseRecorded(): Promise<void> {
  return lastTouch;
}
