// Read APIs open to both a signed-in member (browser) and a service with an API
// key of the named scope: the same handler, with the org taken from whichever
// authenticated the request, never from the request itself.
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { apiKeyRoute } from "@/lib/api/api-key-route";
import { memberRoute } from "@/lib/api/route";
import { firstValues } from "@/lib/filters/schema";
import { assertJsonBody } from "@/lib/api/same-origin";
import { readJsonBody } from "@/lib/ingest/body";
import type { ApiKeyScope } from "@/lib/auth/api-key-scopes";

// `params` are the route's dynamic segments (e.g. { key } of /pnl/features/[key]), as given.
export function orgReadRoute<Q extends z.ZodType>(
  opts: { scope: ApiKeyScope; query: Q },
  handler: (ctx: { orgId: string; query: z.infer<Q>; params: Record<string, string> }) => Promise<unknown>,
) {
  const viaKey = apiKeyRoute({ scope: opts.scope }, async ({ key, req, params }) =>
    handler({ orgId: key.orgId, query: opts.query.parse(firstValues(new URL(req.url).searchParams)), params }),
  );
  const viaSession = memberRoute({ query: opts.query }, async ({ member, query, params }) => handler({ orgId: member.orgId, query: query as z.infer<Q>, params }));
  return byAuthorization(viaKey, viaSession);
}

/** A read computed from a JSON body (e.g. a what-if simulation): POST, changing nothing, for a member or a key of `scope`. */
export function orgComputeRoute<B extends z.ZodType>(
  opts: { scope: ApiKeyScope; body: B },
  handler: (ctx: { orgId: string; body: z.infer<B> }) => Promise<unknown>,
) {
  const viaKey = apiKeyRoute({ scope: opts.scope }, async ({ key, req }) => {
    assertJsonBody(req.headers);
    return handler({ orgId: key.orgId, body: opts.body.parse(await readJsonBody(req)) });
  });
  const viaSession = memberRoute({ body: opts.body }, async ({ member, body }) => handler({ orgId: member.orgId, body: body as z.infer<B> }));
  return byAuthorization(viaKey, viaSession);
}

type RouteCtx = { params: Promise<Record<string, string>> };

/** A request with an `Authorization` header is a service with an API key; without one, a browser session. */
export function byAuthorization(viaKey: (req: NextRequest, ctx: RouteCtx) => Promise<Response>, viaSession: (req: NextRequest, ctx: RouteCtx) => Promise<Response>) {
  return (req: NextRequest, ctx?: RouteCtx) => {
    const c = ctx ?? { params: Promise.resolve({}) };
    return req.headers.has("authorization") ? viaKey(req, c) : viaSession(req, c);
  };
}
