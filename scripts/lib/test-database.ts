// A fresh PostgreSQL database per test run, on a local server only: the one in
// TEST_DATABASE_URL / DATABASE_URL, else 127.0.0.1:5432, else an embedded server.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { pgConfigFromUrl } from "@/prisma/pg-config";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { migrate } from "./database";

const LOCAL_HOSTS = ["localhost", "127.0.0.1", "::1", "[::1]"];

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ ...pgConfigFromUrl(url), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export const TEST_DATABASE_TIME_ZONE = "Pacific/Kiritimati";

export type TestDatabase = { url: string; drop: () => Promise<void> };

export async function createTestDatabase(log: (s: string) => void = () => {}): Promise<TestDatabase> {
  let serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let stopServer = async () => {};
  if (serverUrl) {
    const host = pgConfigFromUrl(serverUrl).host ?? "";
    if (!LOCAL_HOSTS.includes(host)) throw new Error(`tests refuse to run against a non-local database (${host})`);
  } else if (await reachable("postgresql://postgres@127.0.0.1:5432/postgres")) {
    serverUrl = "postgresql://postgres@127.0.0.1:5432/postgres";
  } else {
    log("no local PostgreSQL on 5432; starting an embedded one for the tests");
    const port = Number(process.env.COSTWISE_TEST_PG_PORT ?? 54339);
    const embedded = await startEmbeddedPostgres({ dataDir: ".data/test-pg", port, database: "postgres" });
    serverUrl = embedded.url;
    stopServer = embedded.stop;
  }
  const name = `costwise_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client(pgConfigFromUrl(serverUrl));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  // The database defaults to a zone far from UTC (UTC+14), so any query that
  // leans on the session zone instead of the app's UTC pin shows up as wrong days.
  await admin.query(`ALTER DATABASE "${name}" SET TimeZone = '${TEST_DATABASE_TIME_ZONE}'`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  await migrate(url);
  log(`test database ${name} created and migrated`);
  return {
    url,
    drop: async () => {
      const c = new pg.Client(pgConfigFromUrl(serverUrl!));
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
      await stopServer();
    },
  };
}
