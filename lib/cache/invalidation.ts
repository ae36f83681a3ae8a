// Cross-process cache invalidation over PostgreSQL LISTEN/NOTIFY. Production runs
// several server processes, each with its own in-memory caches; a change made in
// one (a revoked API key) must reach the others at once, not after a TTL.
// `publishInvalidation` is called inside the changing transaction, so the notice
// goes out exactly when (and only if) the change commits. Every process keeps one
// dedicated listening connection; while it is down (or reconnecting) nothing can
// be trusted, so every registered cache is cleared when it (re)connects.
import "server-only";
import pg from "pg";
import type { Queryable } from "@/lib/database/pool";
import { pgConfigFromUrl } from "@/prisma/pg-config";

const CHANNEL = "costwise_cache";

type Cache = { onKey: (key: string) => void; onReset: () => void };
type State = { caches: Map<string, Cache>; client?: pg.Client; connecting?: Promise<void>; retryMs: number; waiters: (() => void)[] };
const g = globalThis as unknown as { costwiseInvalidation?: State };
const state: State = (g.costwiseInvalidation ??= { caches: new Map(), retryMs: 500, waiters: [] });

/** Register a cache under `topic`: `onKey` drops one entry, `onReset` drops everything. Starts the listener. */
export function registerCache(topic: string, cache: Cache): void {
  state.caches.set(topic, cache);
  void ensureListening();
}

/** The statement and parameters that notify every process; run it in the changing transaction (pg or Prisma's `$queryRawUnsafe`). */
export function invalidationStatement(topic: string, key: string): [string, string, string] {
  return [`SELECT pg_notify($1, $2)::text`, CHANNEL, `${topic}:${key}`];
}

/** Tell every process (this one included) to drop `key` from the `topic` cache once the caller's transaction commits. */
export async function publishInvalidation(db: Queryable, topic: string, key: string): Promise<void> {
  const [text, ...values] = invalidationStatement(topic, key);
  await db.query(text, values);
}

/** True while this process is listening (caches may serve entries only then). */
export function isListening(): boolean {
  return state.client !== undefined;
}

function resetAll(): void {
  for (const c of state.caches.values()) c.onReset();
}

async function ensureListening(): Promise<void> {
  if (state.client || state.connecting || !process.env.DATABASE_URL) return state.connecting;
  state.connecting = (async () => {
    const client = new pg.Client(pgConfigFromUrl(process.env.DATABASE_URL!));
    const lost = () => {
      if (state.client !== client) return;
      state.client = undefined;
      resetAll();
      client.end().catch(() => {});
      setTimeout(() => void ensureListening(), state.retryMs).unref();
    };
    client.on("error", lost);
    client.on("end", lost);
    client.on("notification", (n) => {
      if (n.channel !== CHANNEL || !n.payload) return;
      const i = n.payload.indexOf(":");
      state.caches.get(n.payload.slice(0, i))?.onKey(n.payload.slice(i + 1));
      for (const w of state.waiters.splice(0)) w();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      // a listener connection must never keep a process (or a test worker) alive
      (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      resetAll(); // whatever was cached before we listened may be stale
      state.client = client;
    } catch (err) {
      console.error("[cache] cannot listen for invalidations; retrying:", (err as Error).message);
      client.end().catch(() => {});
      setTimeout(() => void ensureListening(), state.retryMs).unref();
    } finally {
      state.connecting = undefined;
    }
  })();
  return state.connecting;
}

/** Wait until this process listens (tests; server code never needs to). */
export async function listening(): Promise<void> {
  await ensureListening();
}

/** Resolves after this process has handled its next notification (tests wait on this instead of sleeping). */
export function nextNotificationHandled(): Promise<void> {
  return new Promise((resolve) => state.waiters.push(resolve));
}
