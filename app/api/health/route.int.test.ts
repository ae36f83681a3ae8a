// /api/health is public: with the database down it reports a status, while the
// database error (host, port, driver message) goes to the server log only.
import { afterAll, describe, expect, it, vi } from "vitest";

describe("GET /api/health with the database down", () => {
  const saved = process.env.DATABASE_URL;
  afterAll(() => {
    process.env.DATABASE_URL = saved;
  });

  it("answers 503 with a status only and logs the detail server-side", async () => {
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/unreachable";
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const { GET } = await import("@/app/api/health/route");
    const res = await GET();
    const text = await res.text();
    expect(res.status).toBe(503);
    expect(JSON.parse(text)).toEqual({ status: "degraded", database: { status: "down" } });
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|unreachable|connect/i);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(logged).toHaveBeenCalledWith("[health] database check failed:", expect.stringMatching(/ECONNREFUSED|connect/));
    logged.mockRestore();
  });
});
