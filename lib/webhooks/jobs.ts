// The webhook delivery job. pg-boss's own retries only cover a handler that threw
// (the database was unreachable); HTTP failures are retried by the handler itself
// on its backoff schedule (lib/webhooks/retry.ts).
import "server-only";
import type { JobDefinition } from "@/lib/queue/jobs";
import { deliverAttempt } from "@/lib/webhooks/deliver";
import { DELIVER_JOB, type DeliverJobData } from "@/lib/webhooks/job-names";

export const WEBHOOK_JOBS: JobDefinition[] = [
  {
    name: DELIVER_JOB,
    queue: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
    pollingIntervalSeconds: 0.5,
    handler: async (data) => {
      await deliverAttempt(data as DeliverJobData);
    },
  },
];
