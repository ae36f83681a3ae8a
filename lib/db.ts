// The one Prisma client and pg pool of the app process (global in dev so hot
// reloads don't leak pools).
import "server-only";
import type pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { createPool } from "@/lib/database/pool";

type Globals = { costwisePool?: pg.Pool; costwisePrisma?: PrismaClient };
const g = globalThis as unknown as Globals;

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Costwise with `npm run demo` (embedded database) or set DATABASE_URL.",
    );
  }
  return url;
}

/** The shared pg pool: raw SQL for aggregations and the ingest hot path. */
export function getPool(): pg.Pool {
  g.costwisePool ??= createPool(databaseUrl(), Number(process.env.DATABASE_POOL_SIZE ?? 10));
  return g.costwisePool;
}

/** The shared Prisma client, on the same pool. */
export function getPrisma(): PrismaClient {
  g.costwisePrisma ??= new PrismaClient({ adapter: new PrismaPg(getPool()) });
  return g.costwisePrisma;
}
