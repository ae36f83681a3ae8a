// The alerting jobs: one org's evaluation (after ingest, debounced) and the
// per-minute sweep that evaluates every org with something to watch, so alerts
// also fire when nothing is being ingested (a forecast, a period boundary) or an
// enqueue was missed.
import "server-only";
import type { JobDefinition } from "@/lib/queue/jobs";
import { EVALUATE_JOB, SWEEP_JOB } from "@/lib/alerts/job-names";
import { evaluateOrgAlerts, orgsToSweep } from "@/lib/alerts/evaluate";
import { getQueue } from "@/lib/queue/boss";

export const ALERT_JOBS: JobDefinition[] = [
  {
    name: EVALUATE_JOB,
    queue: { retryLimit: 3, retryDelay: 5, expireInSeconds: 300 },
    handler: async (data) => {
      await evaluateOrgAlerts((data as { orgId: string }).orgId);
    },
  },
  {
    name: SWEEP_JOB,
    queue: { retryLimit: 0, expireInSeconds: 300 },
    pollingIntervalSeconds: 5,
    cron: "* * * * *",
    // one evaluation job per org: a slow org delays no other, and each retries on its own
    handler: async () => {
      const boss = await getQueue();
      for (const orgId of await orgsToSweep()) await boss.send(EVALUATE_JOB, { orgId }); // retries: the queue's policy above
    },
  },
];
