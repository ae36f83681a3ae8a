// Runs before every page request (not API routes or static files):
// - a Content-Security-Policy with a fresh nonce; Next.js reads it from the
//   request and puts the nonce on its scripts, so no other inline script runs;
// - the requested path for server components, so a signed-out deep link can
//   come back to it after sign-in (lib/auth/session.ts requireMemberPage).
// Headers for every response (nosniff, frame options, HSTS) are in next.config.js.
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/callback-url";
import { createNonce, isHttps, pageCsp } from "@/lib/http/security-headers";

export function proxy(req: NextRequest) {
  const csp = pageCsp({ nonce: createNonce(), dev: process.env.NODE_ENV === "development", https: isHttps(req.url, req.headers) });
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", csp);
  // always overwritten, so a client cannot supply its own value
  headers.set(REQUEST_PATH_HEADER, `${req.nextUrl.pathname}${req.nextUrl.search}`);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("content-security-policy", csp);
  return res;
}

export const config = {
  matcher: [{ source: "/((?!api|_next/static|_next/image|favicon.ico).*)" }],
};
