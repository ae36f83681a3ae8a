// Call a session-authenticated route handler in-process as Next.js would, from
// this app's own origin (so the CSRF checks pass), with JSON in and out.
import { NextRequest } from "next/server";

export type RouteHandler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function callRoute(handler: RouteHandler, method: string, opts: { params?: Record<string, string>; body?: unknown; raw?: string; query?: string; path?: string } = {}) {
  const hasBody = opts.body !== undefined || opts.raw !== undefined;
  const headers: Record<string, string> = { host: "localhost:3000", origin: "http://localhost:3000", "sec-fetch-site": "same-origin", ...(hasBody ? { "content-type": "application/json" } : {}) };
  const req = new NextRequest(`http://localhost:3000${opts.path ?? "/api/v1/test"}${opts.query ?? ""}`, { method, headers, body: hasBody ? (opts.raw ?? JSON.stringify(opts.body)) : undefined });
  const res = await handler(req, { params: Promise.resolve(opts.params ?? {}) });
  return { status: res.status, type: res.headers.get("content-type"), body: await res.json() };
}
