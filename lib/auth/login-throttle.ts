// Sign-in rate limit, shared by every app process through PostgreSQL. Each
// attempt first takes a slot in a fixed window per account and per client
// address (one atomic upsert, so a burst of parallel guesses cannot slip past
// the count); over the limit, the attempt is refused without checking the
// password, the right one included, until the window ends. A successful
// sign-in clears the account's count and gives the address its slot back.
import "server-only";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";

export type LoginLimits = { windowS: number; perAccount: number; perIp: number };

/** 5 tries per account and 50 per address in 15 minutes (an office behind one NAT shares an address). */
export const LOGIN_LIMITS: LoginLimits = { windowS: 15 * 60, perAccount: 5, perIp: 50 };

export type LoginKeys = { email: string; ip: string | null };
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterS: number };

const keysOf = (k: LoginKeys) => [`account:${k.email.trim().toLowerCase()}`, ...(k.ip ? [`ip:${k.ip}`] : [])];

/** Count this attempt against the account and the address; refuse it when either is over its limit. */
export async function reserveLoginAttempt(keys: LoginKeys, now = new Date(), limits = LOGIN_LIMITS): Promise<ThrottleDecision> {
  const pool = getPool();
  const windowStartCutoff = new Date(now.getTime() - limits.windowS * 1000);
  // Windows that ended are of no use: keep the table small (indexed on window_start).
  await pool.query(`DELETE FROM login_attempts WHERE window_start <= $1`, [windowStartCutoff]);
  const keyList = keysOf(keys);
  const rows = await sqlRows<{ key: string; failures: number; window_start: Date }>(
    pool,
    `INSERT INTO login_attempts AS a (key, failures, window_start)
       SELECT k, 1, $2 FROM unnest($1::text[]) AS k
     ON CONFLICT (key) DO UPDATE SET
       failures     = CASE WHEN a.window_start <= $3 THEN 1  ELSE a.failures + 1 END,
       window_start = CASE WHEN a.window_start <= $3 THEN $2 ELSE a.window_start END
     RETURNING key, failures, window_start`,
    [keyList, now, windowStartCutoff],
  );
  let retryAfterMs = 0;
  for (const r of rows) {
    const limit = r.key.startsWith("ip:") ? limits.perIp : limits.perAccount;
    if (r.failures > limit) retryAfterMs = Math.max(retryAfterMs, r.window_start.getTime() + limits.windowS * 1000 - now.getTime());
  }
  return retryAfterMs > 0 ? { allowed: false, retryAfterS: Math.ceil(retryAfterMs / 1000) } : { allowed: true };
}

/** After a correct password: the account starts afresh and this attempt no longer counts against the address. */
export async function recordLoginSuccess(keys: LoginKeys): Promise<void> {
  const [account, ip] = keysOf(keys);
  await getPool().query(`DELETE FROM login_attempts WHERE key = $1`, [account]);
  if (ip) await getPool().query(`UPDATE login_attempts SET failures = greatest(failures - 1, 0) WHERE key = $1`, [ip]);
}

/**
 * The client address for the per-address limit: the right-most X-Forwarded-For
 * entry, which is the one the nearest proxy appended (or, with no proxy, the
 * socket address Next.js fills in). A client can still prepend fake entries,
 * which this ignores; if Costwise is exposed without a proxy, a client-sent
 * header is kept by Next.js, so the per-account limit is the one to rely on.
 */
export function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last ? last.slice(0, 64) : null;
}
