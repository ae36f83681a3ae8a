// pg pool creation and a typed raw-SQL helper. No "server-only" here: the CLI
// scripts (demo, migrate, bench) share it with the app.
import pg from "pg";
import { pgConfigFromUrl } from "@/prisma/pg-config";

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

/** Raw-SQL result types: bigint columns as BigInt, numeric as string, date as YYYY-MM-DD. */
const rawTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === INT8) return (v: string) => BigInt(v);
    if (oid === NUMERIC) return (v: string) => v;
    if (oid === DATE) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as "text");
  },
} as pg.CustomTypesConfig;

export function createPool(databaseUrl: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ ...pgConfigFromUrl(databaseUrl), max, connectionTimeoutMillis: 5_000 });
  // An idle client's error (e.g. the server restarting) must not crash the process.
  pool.on("error", (err) => console.error("[db] idle client error:", err.message));
  return pool;
}

export type Queryable = Pick<pg.Pool, "query"> | pg.PoolClient | pg.Client;

/** Run a parameterised query and return its rows with the raw-SQL type mapping. */
export async function sqlRows<T>(db: Queryable, text: string, values: unknown[] = []): Promise<T[]> {
  const res = await (db as pg.Pool).query({ text, values, types: rawTypes });
  return res.rows as T[];
}

/** True for errors that mean the database cannot be reached or the connection was lost mid-query (refused, timeout, shutdown, reset). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  const codes = ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006"];
  if (e?.code && codes.includes(e.code)) return true;
  return /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|not queryable|Client was closed|server closed the connection/i.test(e?.message ?? "");
}

/** Deadlock (40P01) or serialization failure (40001): the transaction was rolled back and may simply be run again. */
export function isRetryableConflict(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === "40P01" || code === "40001";
}

/**
 * Run a whole transaction again when PostgreSQL aborted it for a deadlock or a
 * serialization failure (after a short random pause), at most `attempts` times;
 * the last failure is rethrown (the API maps it to a retryable 503).
 */
export async function retryConflicts<T>(fn: () => Promise<T>, attempts = 4, pause = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= attempts || !isRetryableConflict(err)) throw err;
      await pause(5 + Math.random() * 20 * attempt);
    }
  }
}

/** Run `fn` between `begin` (default BEGIN) and COMMIT on `client`; ROLLBACK and rethrow on error. */
export async function inTransaction<T>(client: pg.PoolClient | pg.Client, fn: () => Promise<T>, begin = "BEGIN"): Promise<T> {
  await client.query(begin);
  try {
    const result = await fn();
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

/** Borrow a pooled client for one transaction; a client whose transaction failed is discarded, not reused. */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>, begin?: string): Promise<T> {
  const client = await pool.connect();
  let failed: Error | undefined;
  try {
    return await inTransaction(client, () => fn(client), begin);
  } catch (err) {
    failed = err as Error;
    throw err;
  } finally {
    client.release(failed);
  }
}
