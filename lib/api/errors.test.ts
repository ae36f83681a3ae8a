import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, problemResponse, toAppError } from "@/lib/api/errors";

describe("error model", () => {
  it("renders problem+json with status, code and detail", async () => {
    const res = problemResponse(new AppError(429, "rate_limited", "slow down", {}, { "retry-after": "3" }));
    expect(res.status).toBe(429);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("retry-after")).toBe("3");
    expect(await res.json()).toEqual({ type: "about:blank", title: "Too Many Requests", status: 429, code: "rate_limited", detail: "slow down" });
  });

  it("maps zod errors to 400 naming the fields", () => {
    const parsed = z.object({ days: z.number() }).safeParse({ days: "x" });
    const err = toAppError(parsed.error);
    expect(err.status).toBe(400);
    expect(err.extra.errors).toEqual([{ field: "days", message: expect.any(String) }]);
  });

  it("maps an unreachable database to a retryable 503", () => {
    const err = toAppError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    expect(err.status).toBe(503);
    expect(err.headers["retry-after"]).toBe("5");
  });

  it("maps a deadlock or serialization failure to a retryable 503, never a 500", () => {
    for (const code of ["40P01", "40001"]) {
      const err = toAppError(Object.assign(new Error("deadlock detected"), { code }));
      expect([err.status, err.code, err.headers["retry-after"]]).toEqual([503, "conflict_retry", "1"]);
    }
  });

  it("hides unknown errors behind a generic 500", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const err = toAppError(new Error("secret internals"));
    expect(err.status).toBe(500);
    expect(err.message).not.toContain("secret");
    spy.mockRestore();
  });
});
