// One error model: AppError carries an HTTP status and a stable code; everything
// leaves as application/problem+json (RFC 9457).
import { ZodError } from "zod";
import { isDatabaseUnavailable, isRetryableConflict } from "@/lib/database/pool";

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = "resource") => new AppError(404, "not_found", `${what} not found`);
export const unauthorized = () => new AppError(401, "unauthorized", "authentication required");
export const forbidden = (why = "your role does not allow this") => new AppError(403, "forbidden", why);
export const badRequest = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError(400, "bad_request", message, extra);

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function problemResponse(err: AppError): Response {
  const body = { type: "about:blank", title: TITLES[err.status] ?? "Error", status: err.status, code: err.code, detail: err.message, ...err.extra };
  return new Response(JSON.stringify(body), {
    status: err.status,
    headers: { "content-type": "application/problem+json", ...err.headers },
  });
}

/** Map any thrown value to an AppError: zod → 400, deadlock / unreachable database → 503 (retryable), else a logged 500. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) {
    return new AppError(400, "invalid_request", "the request is invalid", {
      errors: err.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
    });
  }
  if (isRetryableConflict(err)) {
    return new AppError(503, "conflict_retry", "the request collided with concurrent writes and was not applied; retry it", {}, { "retry-after": "1" });
  }
  if (isDatabaseUnavailable(err)) {
    return new AppError(503, "database_unavailable", "the database is unavailable; retry shortly", {}, { "retry-after": "5" });
  }
  console.error("[api] unexpected error:", err);
  return new AppError(500, "internal_error", "an unexpected error occurred");
}
