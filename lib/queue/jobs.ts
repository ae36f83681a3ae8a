// Every background job of the app: its queue's retry policy, how often workers
// poll, an optional cron schedule, and the handler. Handlers are idempotent: a
// job may run twice (a worker died after doing the work but before completing it).
import "server-only";
import type PgBoss from "pg-boss";
import { ALERT_JOBS } from "@/lib/alerts/jobs";
import { WEBHOOK_JOBS } from "@/lib/webhooks/jobs";

export type JobDefinition<T = unknown> = {
  name: string;
  queue?: Omit<PgBoss.Queue, "name">;
  pollingIntervalSeconds?: number;
  /** cron (UTC) on which the job is also sent with `{}` data */
  cron?: string;
  handler: (data: T) => Promise<void>;
};

export const JOBS: JobDefinition[] = [...ALERT_JOBS, ...WEBHOOK_JOBS];
