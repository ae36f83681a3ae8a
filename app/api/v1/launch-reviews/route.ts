// GET /api/v1/launch-reviews – the org's saved launch reviews (members) · POST – save one (admin, lead)
import { jsonResponse } from "@/lib/api/json";
import { memberRoute } from "@/lib/api/route";
import { createLaunchReviewSchema } from "@/lib/launch-review/schemas";
import { createLaunchReview, listLaunchReviews } from "@/lib/launch-review/queries";

export const dynamic = "force-dynamic";

export const GET = memberRoute({}, async ({ member }) => ({ reviews: await listLaunchReviews(member.orgId) }));

export const POST = memberRoute({ roles: ["admin", "lead"], body: createLaunchReviewSchema }, async ({ member, body }) =>
  jsonResponse(await createLaunchReview(member.orgId, member.userId, body), 201),
);
