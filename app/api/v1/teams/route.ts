// GET /api/v1/teams – teams and features with registration status and 30-day spend
import { memberRoute } from "@/lib/api/route";
import { listTeamsAndFeatures } from "@/lib/teams/queries";

export const dynamic = "force-dynamic";

export const GET = memberRoute({}, async ({ member }) => listTeamsAndFeatures(member.orgId));
