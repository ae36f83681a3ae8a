// Shared by prisma.config.ts and the app: parse DATABASE_URL into discrete pg
// fields (PrismaPg's shadow-database logic needs them; see PRISMA-OFFLINE.md).
import type { PoolConfig } from "pg";

export function pgConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: decodeURIComponent(u.pathname.replace(/^\//, "") || "postgres"),
  };
}
