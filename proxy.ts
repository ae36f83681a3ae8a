// Runs before every page request (not API routes or static files). Passes the
// requested path to server components, so a signed-out deep link can come back
// to it after sign-in (lib/auth/session.ts requireMemberPage).
import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/callback-url";

export function proxy(req: NextRequest) {
  const headers = new Headers(req.headers);
  // always overwritten, so a client cannot supply its own value
  headers.set(REQUEST_PATH_HEADER, `${req.nextUrl.pathname}${req.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: [{ source: "/((?!api|_next/static|_next/image|favicon.ico).*)" }],
};
