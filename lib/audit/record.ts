// Append an audit-log entry for an admin action, in the caller's transaction when given.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";

type Tx = Pick<ReturnType<typeof getPrisma>, "auditLog">;

export async function recordAudit(
  orgId: string,
  actorUserId: string,
  action: string,
  target: string,
  details: Prisma.InputJsonValue = {},
  tx: Tx = getPrisma(),
): Promise<void> {
  await tx.auditLog.create({ data: { orgId, actorUserId, action, target, details } });
}
