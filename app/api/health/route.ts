// GET /api/health – liveness plus database status (503 when it cannot be reached)
import { getPool } from "@/lib/db";
import { jsonResponse } from "@/lib/api/json";

export const dynamic = "force-dynamic";

export async function GET() {
  const started = Date.now();
  try {
    await getPool().query("SELECT 1");
    return jsonResponse({ status: "ok", database: { status: "up", latencyMs: Date.now() - started } });
  } catch (err) {
    return jsonResponse({ status: "degraded", database: { status: "down", error: (err as Error).message } }, 503);
  }
}
