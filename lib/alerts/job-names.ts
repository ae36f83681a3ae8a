// Queue names of the alerting jobs (kept apart so enqueueing code need not import the handlers).
export const EVALUATE_JOB = "alerts-evaluate";
export const SWEEP_JOB = "alerts-sweep";
