// Shared by prisma.config.ts, the app and the scripts: parse DATABASE_URL into
// discrete pg fields (PrismaPg's shadow-database logic needs them; see
// docs/prisma-offline.md). Every connection runs with TimeZone=UTC: days are UTC
// everywhere (rollups, `$x::date` casts, `current_date`), whatever zone the
// server or database defaults to.
import type { PoolConfig } from "pg";

/** Startup parameter pinning the session time zone (sent with the connection, so no extra round trip). */
export const UTC_SESSION = "-c TimeZone=UTC";

export function pgConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: decodeURIComponent(u.pathname.replace(/^\//, "") || "postgres"),
    options: UTC_SESSION,
  };
}
