import { notFound } from "next/navigation";
import { requireMemberPage } from "@/lib/auth/session";
import { traceExists } from "@/lib/workflows/queries";

/**
 * An unknown trace id (or another org's) is the in-frame 404 with a 404 status:
 * checked here, above the page's loading boundary, before the response streams.
 */
export default async function WorkflowTraceLayout({ params, children }: { params: Promise<{ traceId: string }>; children: React.ReactNode }) {
  const member = await requireMemberPage();
  const { traceId } = await params;
  if (!(await traceExists(member.orgId, traceId))) notFound();
  return children;
}
