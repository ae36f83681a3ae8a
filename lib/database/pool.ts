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

/** True for errors that mean the database cannot be reached (connection refused, timeout, shutdown). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  const codes = ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "57P01", "57P03", "53300", "08006", "08001"];
  if (e?.code && codes.includes(e.code)) return true;
  return /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED/i.test(e?.message ?? "");
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
