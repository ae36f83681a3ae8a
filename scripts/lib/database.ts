// Database plumbing shared by the demo, dev, test and bench scripts.
import fs from "node:fs";
import pg from "pg";
import { pgConfigFromUrl } from "@/prisma/pg-config";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { bin, run } from "./run";

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

/** DATABASE_URL when set, else the embedded PostgreSQL with data under .data/. */
export async function resolveDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  const port = Number(process.env.COSTWISE_EMBEDDED_PG_PORT ?? 54329);
  const db = await startEmbeddedPostgres({ dataDir: ".data/pg", port, database: "costwise", log: (l) => console.error(`[postgres] ${l}`) });
  return { ...db, embedded: true };
}

/** One clear message when the database cannot be reached. */
export async function assertReachable(url: string): Promise<void> {
  const cfg = pgConfigFromUrl(url);
  const client = new pg.Client({ ...cfg, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (err) {
    throw new Error(`Cannot reach the database at ${cfg.host}:${cfg.port}/${cfg.database}: ${(err as Error).message}. Check DATABASE_URL, or unset it to use the embedded database.`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Names of the committed migrations not yet applied to the database. */
async function pendingMigrations(url: string): Promise<string[]> {
  const committed = fs.readdirSync("prisma/migrations").filter((n) => fs.existsSync(`prisma/migrations/${n}/migration.sql`));
  const client = new pg.Client(pgConfigFromUrl(url));
  await client.connect();
  try {
    const res = await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    const applied = new Set(res.rows.map((r) => r.migration_name as string));
    return committed.filter((n) => !applied.has(n));
  } catch {
    return committed; // no migrations table yet
  } finally {
    await client.end();
  }
}

/** Apply committed migrations (prisma migrate deploy, WebAssembly engine); skipped when none is pending. */
export async function migrate(url: string): Promise<void> {
  if ((await pendingMigrations(url)).length === 0) return;
  await run(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: url }, { quiet: true });
}

/** Generate the Prisma client when it is missing (npm does not run install scripts here). */
export async function ensurePrismaClient(): Promise<void> {
  if (fs.existsSync("generated/prisma/client.ts")) return;
  await run(bin("prisma"), ["generate"], { DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/unused" }, { quiet: true });
}
