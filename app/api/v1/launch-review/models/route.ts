// GET /api/v1/launch-review/models – the priced models the launch calculator offers, and the model each tier stands for (session)
import { memberRoute } from "@/lib/api/route";
import { getLaunchModels } from "@/lib/launch-review/queries";

export const dynamic = "force-dynamic";

export const GET = memberRoute({}, ({ member }) => getLaunchModels(member.orgId));
