// The PostgreSQL-backed job queue (pg-boss 10): alert evaluation and webhook
// delivery run as jobs, so work that was promised survives a crash or restart
// (a job is a row; an unfinished one is picked up again). One PgBoss instance per
// process, on the app's own pg pool. `startQueue` is called by the server's
// instrumentation hook (and by tests); code that only enqueues uses `getQueue`.
import "server-only";
import PgBoss from "pg-boss";
import type { Queryable } from "@/lib/database/pool";
import { getPool } from "@/lib/db";
import { JOBS } from "@/lib/queue/jobs";

type State = { boss?: PgBoss; starting?: Promise<PgBoss>; workers: boolean };
const g = globalThis as unknown as { costwiseQueue?: State };
const state: State = (g.costwiseQueue ??= { workers: false });

/** pg-boss's executor over any pg connection: the shared pool, or a transaction's client so a job is enqueued atomically with the rows it is about. */
export function queueExecutor(db: Queryable): PgBoss.Db {
  return { executeSql: async (text, values) => (db as { query: (t: string, v: unknown[]) => Promise<{ rows: unknown[] }> }).query(text, values) as Promise<{ rows: never[] }> };
}

/** The started queue of this process (creating its tables and queues on first use). Does not run workers. */
export async function getQueue(): Promise<PgBoss> {
  if (state.boss) return state.boss;
  state.starting ??= (async () => {
    const boss = new PgBoss({ db: queueExecutor(getPool()), cronMonitorIntervalSeconds: 30 });
    boss.on("error", (err) => console.error("[queue]", err.message));
    await boss.start();
    for (const job of JOBS) await boss.createQueue(job.name, { name: job.name, ...job.queue });
    state.boss = boss;
    return boss;
  })().finally(() => (state.starting = undefined));
  return state.starting;
}

/** The queue if this process started it, else undefined (enqueueing that may be skipped: a scheduled sweep covers it). */
export function startedQueue(): PgBoss | undefined {
  return state.boss;
}

/**
 * Start this process's workers and cron schedules (the server does this once at
 * start-up; pg-boss coordinates cron and supervision across processes).
 */
export async function startQueue(): Promise<PgBoss> {
  const boss = await getQueue();
  if (state.workers) return boss;
  state.workers = true;
  for (const job of JOBS) {
    await boss.work(job.name, { pollingIntervalSeconds: job.pollingIntervalSeconds ?? 1, batchSize: 1 }, async ([j]) => job.handler(j.data as never));
    if (job.cron) await boss.schedule(job.name, job.cron, {});
  }
  return boss;
}

/** Stop this process's queue (tests; graceful shutdown). */
export async function stopQueue(): Promise<void> {
  const boss = state.boss;
  state.boss = undefined;
  state.workers = false;
  await boss?.stop({ graceful: true, wait: true, close: false });
}
