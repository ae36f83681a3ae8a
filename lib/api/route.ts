// The route wrapper every session-authenticated API handler uses:
// same-origin + JSON checks for changes (CSRF) → authenticate → check role →
// parse query/body with zod → call lib → respond.
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { Role } from "@/generated/prisma/client";
import { notFound, problemResponse, toAppError } from "@/lib/api/errors";
import { jsonResponse, noStore } from "@/lib/api/json";
import { assertJsonBody, assertSameOrigin } from "@/lib/api/same-origin";
import { assertRole, requireMemberApi, type Member } from "@/lib/auth/session";
import { firstValues } from "@/lib/filters/schema";
import { readJsonBody } from "@/lib/ingest/body";

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export type RouteContext<Q, B> = {
  member: Member;
  query: Q;
  body: B;
  params: Record<string, string>;
  req: NextRequest;
};

type Options<Q, B> = { roles?: readonly Role[]; query?: Q; body?: B };


export function memberRoute<Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  opts: Options<Q, B>,
  handler: (ctx: RouteContext<Infer<Q>, Infer<B>>) => Promise<unknown>,
) {
  return async (req: NextRequest, routeCtx: { params: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      // The session cookie rides along on cross-site requests too, so changes
      // must come from this app's pages and carry JSON (lib/api/same-origin.ts).
      assertSameOrigin(req);
      if (opts.body || hasBody(req)) assertJsonBody(req.headers);
      const member = await requireMemberApi();
      if (opts.roles) assertRole(member, opts.roles);
      const query = opts.query ? opts.query.parse(firstValues(req.nextUrl.searchParams)) : undefined;
      const body = opts.body ? opts.body.parse(await readJsonBody(req)) : undefined;
      const params = (await routeCtx?.params) ?? {};
      const result = await handler({ member, query: query as Infer<Q>, body: body as Infer<B>, params, req });
      return noStore(result instanceof Response ? result : jsonResponse(result));
    } catch (err) {
      return noStore(problemResponse(toAppError(err)));
    }
  };
}

const hasBody = (req: NextRequest) => Number(req.headers.get("content-length") ?? 0) > 0 || req.headers.has("transfer-encoding");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A route's id parameter; anything that is not a UUID is simply "not found". */
export function uuidParam(value: string | undefined, what: string): string {
  if (!value || !UUID.test(value)) throw notFound(what);
  return value;
}
