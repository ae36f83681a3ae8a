import { notFound } from "next/navigation";
import { AppError } from "@/lib/api/errors";
import { requireMemberPage } from "@/lib/auth/session";
import { getFeatureOrThrow } from "@/lib/pnl/feature-detail";

/**
 * An unknown key (or another org's) is the in-frame 404 with a 404 status: checked
 * here, above the page's loading boundary, before the response starts streaming.
 */
export default async function FeatureLayout({ params, children }: { params: Promise<{ key: string }>; children: React.ReactNode }) {
  const member = await requireMemberPage();
  const { key } = await params;
  await getFeatureOrThrow(member.orgId, key).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) notFound();
    throw err;
  });
  return children;
}
