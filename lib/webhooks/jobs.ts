// The webhook delivery job. pg-boss's own retries only cover a handler that threw
// (the database was unreachable); HTTP failures are retried by the handler itself
// on its backoff schedule (lib/webhooks/retry.ts).
import "server-only";
import type { JobDefinition } from "@/lib/queue/jobs";
import { deliverAttempt, rescueStuckDeliveries } from "@/lib/webhooks/deliver";
import { DELIVER_JOB, RESCUE_JOB, type DeliverJobData } from "@/lib/webhooks/job-names";

export const WEBHOOK_JOBS: JobDefinition[] = [
  {
    name: DELIVER_JOB,
    queue: { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
    pollingIntervalSeconds: 0.5,
    handler: async (data) => {
      await deliverAttempt(data as DeliverJobData);
    },
  },
  {
    // a delivery whose job was lost (its pg-boss retries ran out while the database was down) is sent again
    name: RESCUE_JOB,
    queue: { retryLimit: 0, expireInSeconds: 120 },
    pollingIntervalSeconds: 10,
    cron: "*/5 * * * *",
    handler: async () => {
      const n = await rescueStuckDeliveries();
      if (n) console.log(`[webhooks] re-queued ${n} stuck deliveries`);
    },
  },
];
