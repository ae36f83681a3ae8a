// With the database unreachable, ingestion answers a retryable 503 (problem+json,
// Retry-After), never a 2xx and never an unexplained 500.
import { afterAll, describe, expect, it } from "vitest";
import { makeEvents, poster } from "@/test/ingest-client";

describe("POST /api/v1/events with the database down", () => {
  const saved = process.env.DATABASE_URL;
  afterAll(() => {
    process.env.DATABASE_URL = saved;
  });

  it("answers 503 with Retry-After", async () => {
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/unreachable";
    const post = poster((await import("@/app/api/v1/events/route")).POST);
    const res = await post({ batch: makeEvents(1, "down") }, { key: "cw_live_0123456789abcdefghijklmnopqrstuv" });
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.body.code).toBe("database_unavailable");
  });
});
