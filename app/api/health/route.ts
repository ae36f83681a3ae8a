// GET /api/health – liveness plus database status (503 when it cannot be reached).
// Public, so it says only "up" or "down": a driver error names hosts and ports,
// which belongs in the server log, not in an anonymous response.
import { getPool } from "@/lib/db";
import { jsonResponse, noStore } from "@/lib/api/json";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = Date.now();
  // load balancers must see the live status, never a cached one
  try {
    await getPool().query("SELECT 1");
    return noStore(jsonResponse({ status: "ok", database: { status: "up", latencyMs: Date.now() - started } }));
  } catch (err) {
    console.error("[health] database check failed:", (err as Error).message);
    return noStore(jsonResponse({ status: "degraded", database: { status: "down" } }, 503));
  }
}

