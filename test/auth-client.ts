// Drive next-auth's real request handler in-process the way a browser would: a
// cookie jar, the CSRF round trip, credentials sign-in, session reads and
// sign-out. It goes through NextAuth's public (req, res) entry point, so the
// app's auth options, callbacks and database are all real; only Next's HTTP
// plumbing is skipped.
import { randomBytes } from "node:crypto";
import NextAuth from "next-auth";
import type { NextApiRequest, NextApiResponse } from "next";
import { authOptions } from "@/lib/auth/options";

export const APP_ORIGIN = "http://localhost:3000";

type Call = { action: string; providerId?: string; method?: "GET" | "POST"; body?: Record<string, string>; query?: Record<string, string>; headers?: Record<string, string> };
export type AuthResult = { status: number; location: string | null; body: unknown };

/** Each client gets its own address (IPv6 documentation range) unless told, so per-address login limits never couple tests. */
export function authClient(opts: { ip?: string } = {}) {
  const ip = opts.ip ?? `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
  process.env.NEXTAUTH_URL ??= APP_ORIGIN;
  authOptions.secret ??= "integration-test-secret";
  const jar = new Map<string, string>();

  async function call(c: Call): Promise<AuthResult> {
    const out: AuthResult & { headers: Map<string, unknown> } = { status: 200, location: null, body: undefined, headers: new Map() };
    const res = {
      status(n: number) { out.status = n; return res; },
      setHeader(k: string, v: unknown) { out.headers.set(k.toLowerCase(), v); return res; },
      getHeader(k: string) { return out.headers.get(k.toLowerCase()); },
      end() {},
      send(b: unknown) { out.body = b; },
      json(b: unknown) { out.body = b; },
    };
    const req = {
      method: c.method ?? "GET",
      query: { nextauth: [c.action, ...(c.providerId ? [c.providerId] : [])], ...c.query },
      body: c.body ?? {},
      cookies: Object.fromEntries(jar),
      headers: { host: "localhost:3000", "x-forwarded-for": ip, ...c.headers },
    };
    await NextAuth(req as unknown as NextApiRequest, res as unknown as NextApiResponse, authOptions);
    out.location = (out.headers.get("location") as string | undefined) ?? (out.body as { url?: string } | undefined)?.url ?? null;
    const setCookies = out.headers.get("set-cookie");
    for (const line of (Array.isArray(setCookies) ? setCookies : setCookies ? [setCookies] : []) as string[]) {
      const [pair, ...attrs] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01 jan 1970/i.test(a));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return { status: out.status, location: out.location, body: out.body };
  }

  async function csrfToken(): Promise<string> {
    return ((await call({ action: "csrf" })).body as { csrfToken: string }).csrfToken;
  }

  return {
    jar,
    call,
    /** POST /api/auth/callback/credentials as signIn("credentials", { redirect: false }) does; returns next-auth's error code or null. */
    async signIn(email: string, password: string): Promise<string | null> {
      const res = await call({ action: "callback", providerId: "credentials", method: "POST", body: { email, password, csrfToken: await csrfToken(), json: "true" } });
      return res.location ? new URL(res.location, APP_ORIGIN).searchParams.get("error") : null;
    },
    async signOut(): Promise<void> {
      await call({ action: "signout", method: "POST", body: { csrfToken: await csrfToken(), json: "true" } });
    },
    /** GET /api/auth/session: the user id it reports, or null. */
    async sessionUserId(): Promise<string | null> {
      const body = (await call({ action: "session" })).body as { user?: { id?: string } } | undefined;
      return body?.user?.id ?? null;
    },
  };
}
