// Ask for an org's alerts to be evaluated soon after spend changed (an ingest
// batch committed). The request is a queue job, so it survives a restart; this
// process sends at most one per org every THROTTLE_MS, each starting THROTTLE_MS
// later, so every batch that commits before a job starts is covered by it and an
// alert follows its crossing batch within THROTTLE_MS plus a poll. A process that
// has not started the queue sends nothing: the per-minute sweep covers it.
import "server-only";
import { startedQueue } from "@/lib/queue/boss";
import { EVALUATE_JOB } from "@/lib/alerts/job-names";
import { IntervalThrottle } from "@/lib/cache/throttle";

export const THROTTLE_MS = 3_000;
const sends = new IntervalThrottle(THROTTLE_MS);

export function requestAlertEvaluation(orgId: string, now = Date.now()): void {
  const boss = startedQueue();
  if (!boss) return;
  if (!sends.take(orgId, now)) return;
  // retries: the queue's own policy (lib/alerts/jobs.ts)
  boss.send(EVALUATE_JOB, { orgId }, { startAfter: THROTTLE_MS / 1000 }).catch((err) => {
    sends.forget(orgId); // try again with the next batch; the sweep covers a quiet org
    console.error("[alerts] could not enqueue an evaluation:", (err as Error).message);
  });
}
