// Queue name of the webhook delivery job (kept apart so enqueueing code need not import the handler).
export const DELIVER_JOB = "webhooks-deliver";
export const RESCUE_JOB = "webhooks-rescue";

/** One attempt of one delivery; `attempt` is 1-based and makes a job that runs twice a no-op the second time. */
export type DeliverJobData = { orgId: string; deliveryId: string; attempt: number };
