// PUT /api/v1/routing/reference-model – the frontier model routing savings are measured against (admin; null = most-used)
import { memberRoute } from "@/lib/api/route";
import { referenceModelBodySchema } from "@/lib/routing/schemas";
import { setReferenceModel } from "@/lib/routing/queries";

export const dynamic = "force-dynamic";

export const PUT = memberRoute({ roles: ["admin"], body: referenceModelBodySchema }, ({ member, body }) => setReferenceModel(member.orgId, member.userId, body.reference));
