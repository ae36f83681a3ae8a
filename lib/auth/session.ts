// Who is calling: the session's user (next-auth's jwt callback has already
// checked that the session row exists, lib/auth/sessions.ts), with org and role
// re-read from the database on each request so a demotion or removal applies at once.
import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/generated/prisma/client";
import { authOptions } from "@/lib/auth/options";
import { getPrisma } from "@/lib/db";
import { forbidden, unauthorized } from "@/lib/api/errors";
import { loginPathFor, REQUEST_PATH_HEADER } from "@/lib/auth/callback-url";

export type Member = { userId: string; email: string; name: string | null; orgId: string; orgName: string; role: Role };

/** The signed-in member, or null when there is no session or no membership. */
export const getCurrentMember = cache(async (): Promise<Member | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return null;
  const membership = await getPrisma().membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { user: true, org: true },
  });
  if (!membership) return null;
  return {
    userId,
    email: membership.user.email,
    name: membership.user.name,
    orgId: membership.orgId,
    orgName: membership.org.name,
    role: membership.role,
  };
});

/** For pages: the member, or a redirect to /login that comes back to this page after sign-in. */
export async function requireMemberPage(): Promise<Member> {
  const member = await getCurrentMember();
  if (!member) redirect(loginPathFor((await headers()).get(REQUEST_PATH_HEADER)));
  return member;
}

/** For API routes: the member, or a 401. */
export async function requireMemberApi(): Promise<Member> {
  const member = await getCurrentMember();
  if (!member) throw unauthorized();
  return member;
}

/** Throw 403 unless the member has one of the roles. */
export function assertRole(member: Member, roles: readonly Role[]): void {
  if (!roles.includes(member.role)) throw forbidden();
}
