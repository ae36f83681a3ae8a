// Runs once when a server process starts (Next.js instrumentation hook): finish
// any re-pricing that a crash or restart interrupted (lib/pricing/reprice.ts) and
// start the job queue's workers (alert evaluation, webhook delivery).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { resumePendingRepricing } = await import("@/lib/pricing/reprice");
  resumePendingRepricing()
    .then((n) => n > 0 && console.log(`[pricing] resumed ${n} interrupted re-pricing run(s)`))
    .catch((err) => console.error("[pricing] could not resume interrupted re-pricing:", (err as Error).message));
  const { startQueue } = await import("@/lib/queue/boss");
  startQueue().catch((err) => console.error("[queue] could not start the job queue:", (err as Error).message));
}
