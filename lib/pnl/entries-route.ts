// The route of a P&L input API (revenue, other costs): `{ "items": [...] }` from an
// API key with the revenue scope (any feature of its org), an admin, or a lead (the
// features of the teams they lead; others are rejected per item). 200 when every
// item was stored, 207 when some were rejected.
import "server-only";
import { apiKeyRoute } from "@/lib/api/api-key-route";
import { jsonResponse } from "@/lib/api/json";
import { byAuthorization } from "@/lib/api/read-route";
import { memberRoute } from "@/lib/api/route";
import { managedTeamIds } from "@/lib/auth/team-leads";
import { readJsonBody } from "@/lib/ingest/body";
import type { EntryActor } from "@/lib/pnl/entries";
import { entriesBodySchema } from "@/lib/pnl/entry-schemas";

type Recorder = (orgId: string, actor: EntryActor, items: unknown[]) => Promise<{ rejected: number }>;

export function entriesRoute(record: Recorder) {
  const respond = (result: { rejected: number }) => jsonResponse(result, result.rejected > 0 ? 207 : 200);
  const viaKey = apiKeyRoute({ scope: "revenue" }, async ({ key, req }) => {
    const { items } = entriesBodySchema.parse(await readJsonBody(req));
    return respond(await record(key.orgId, { userId: null, via: "api", keyId: key.keyId }, items));
  });
  const viaSession = memberRoute({ roles: ["admin", "lead"], body: entriesBodySchema }, async ({ member, body, req }) => {
    const teamIds = await managedTeamIds(member);
    // the CSV import says so, for the audit trail
    const via = req.headers.get("x-costwise-source") === "csv" ? "csv" : "ui";
    return respond(await record(member.orgId, { userId: member.userId, via, teamIds }, body.items));
  });
  return byAuthorization(viaKey, viaSession);
}
