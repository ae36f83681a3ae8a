// CSRF defence for cookie-authenticated API routes. A browser attaches the
// session cookie to any request to this host, including a form or fetch from
// another site (or a sibling subdomain: SameSite=Lax treats that as same-site).
// So every state-changing request must prove it came from a Costwise page, and
// carry a JSON body (a cross-site form cannot send application/json without a
// CORS preflight, which this app never grants).
import { AppError } from "@/lib/api/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type RequestLike = { method: string; url: string; headers: Headers };

/**
 * The origins this app answers on: the configured public URL (NEXTAUTH_URL,
 * required behind a proxy that rewrites Host) and the one the request was
 * addressed to (X-Forwarded-Host/-Proto from a proxy, else Host and the URL's
 * scheme). A browser cannot forge these on a cross-site request: custom
 * headers need a CORS preflight, and Host is the target it connects to.
 */
export function appOrigins(req: RequestLike, publicUrl: string | undefined = process.env.NEXTAUTH_URL): Set<string> {
  const origins = new Set<string>();
  if (publicUrl) {
    try {
      origins.add(new URL(publicUrl).origin);
    } catch {
      // a malformed NEXTAUTH_URL is next-auth's error to report
    }
  }
  const host = firstValue(req.headers.get("x-forwarded-host")) ?? req.headers.get("host");
  const proto = firstValue(req.headers.get("x-forwarded-proto")) ?? new URL(req.url).protocol.replace(/:$/, "");
  if (host) origins.add(`${proto}://${host}`.toLowerCase());
  return origins;
}

const firstValue = (v: string | null) => v?.split(",")[0]?.trim() || null;

/** Throw 403 unless a state-changing request comes from this app's own pages. */
export function assertSameOrigin(req: RequestLike, publicUrl?: string): void {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return;
  // Fetch metadata, set by the browser itself, is the most direct answer.
  const site = req.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") throw crossOrigin(`a ${site} request cannot change data`);
  const origin = req.headers.get("origin");
  if (origin === null) {
    if (site === "same-origin") return;
    throw crossOrigin("the Origin header is missing; changes with a session cookie must come from the Costwise app");
  }
  if (!appOrigins(req, publicUrl).has(origin.toLowerCase())) throw crossOrigin(`requests from ${origin} cannot change data`);
}

/** Throw 415 unless the body is declared as JSON. */
export function assertJsonBody(headers: Headers): void {
  const type = headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError(415, "unsupported_media_type", `send the body as application/json (got ${type ? type : "no content type"})`);
  }
}

const crossOrigin = (detail: string) => new AppError(403, "cross_origin_request", detail);
