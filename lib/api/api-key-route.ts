// The wrapper for routes called by services with an API key (ingestion, budget
// hook): authenticate → scope → rate limit → handler → map errors. No origin
// check (unlike memberRoute): a key is sent explicitly by the caller, never
// attached by the browser like a cookie, so cross-site requests cannot use it.
import type { NextRequest } from "next/server";
import { AppError, problemResponse, toAppError } from "@/lib/api/errors";
import { TokenBucketLimiter } from "@/lib/api/rate-limit";
import { jsonResponse, noStore } from "@/lib/api/json";
import { authenticateApiKey, type ApiKeyPrincipal } from "@/lib/auth/api-key-auth";
import type { ApiKeyScope } from "@/lib/auth/api-key-scopes";

/** The per-key limiter of all API-key routes (exported so tests can set its clock). */
export const apiKeyLimiter = new TokenBucketLimiter(
  Number(process.env.COSTWISE_RATE_LIMIT_PER_S ?? 1000),
  Number(process.env.COSTWISE_RATE_LIMIT_BURST ?? 2000),
);

export function apiKeyRoute(opts: { scope: ApiKeyScope }, handler: (ctx: { key: ApiKeyPrincipal; req: NextRequest; params: Record<string, string> }) => Promise<unknown>) {
  return async (req: NextRequest, routeCtx?: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      const key = await authenticateApiKey(req.headers.get("authorization"), opts.scope);
      const wait = apiKeyLimiter.take(key.keyId);
      if (wait > 0) {
        throw new AppError(429, "rate_limited", `rate limit of ${apiKeyLimiter.ratePerS} requests/s exceeded; retry after ${wait}s`, {}, { "retry-after": String(wait) });
      }
      const params = (await routeCtx?.params) ?? {};
      const result = await handler({ key, req, params });
      return noStore(result instanceof Response ? result : jsonResponse(result));
    } catch (err) {
      return noStore(problemResponse(toAppError(err)));
    }
  };
}
