import { LaunchReviewDashboard } from "@/components/launch-review/launch-review-dashboard";
import { requireMemberPage } from "@/lib/auth/session";
import { getLaunchModels, listLaunchReviews } from "@/lib/launch-review/queries";

export const metadata = { title: "Launch review" };

/** The launch review calculator: prices and saved reviews load here; the inputs live in the URL and the maths runs in the browser. */
export default async function LaunchReviewPage() {
  const member = await requireMemberPage();
  const [models, reviews] = await Promise.all([getLaunchModels(member.orgId), listLaunchReviews(member.orgId)]);
  return <LaunchReviewDashboard orgId={member.orgId} models={models} reviews={reviews} canWrite={member.role === "admin" || member.role === "lead"} />;
}
