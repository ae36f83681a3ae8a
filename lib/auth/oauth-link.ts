// Map an OAuth / OIDC sign-in to a Costwise user. Users are matched by email, so
// the email must be one the provider has verified: otherwise anyone who can
// create an account at the provider (or run an OIDC issuer) with an admin's
// address, unverified, would sign in as that admin.
import "server-only";
import { getPrisma } from "@/lib/db";

export type OAuthSignIn = { provider: string; providerAccountId: string; type: string; name?: string | null; profile: unknown };
export type LinkResult = { userId: string } | { refused: "email_not_verified" };

/**
 * The email an OAuth profile asserts, lower-cased, if the provider vouches for
 * it: OIDC's `email_verified` claim must be true (some issuers, e.g. Cognito,
 * send the string "true"). For GitHub, whose profile has no such claim, the
 * provider config in options.ts fills `email`/`email_verified` from the
 * account's primary verified address (see primaryVerifiedGitHubEmail).
 */
export function verifiedEmail(profile: unknown): string | null {
  const p = (profile ?? {}) as { email?: unknown; email_verified?: unknown };
  if (typeof p.email !== "string" || !p.email.includes("@")) return null;
  if (p.email_verified !== true && p.email_verified !== "true") return null;
  return p.email.trim().toLowerCase();
}

/** GitHub's /user/emails answer → the primary address if GitHub has verified it, else null. */
export function primaryVerifiedGitHubEmail(emails: unknown): string | null {
  if (!Array.isArray(emails)) return null;
  const primary = emails.find((e) => e && typeof e === "object" && (e as { primary?: unknown }).primary === true) as { email?: unknown; verified?: unknown } | undefined;
  return primary && primary.verified === true && typeof primary.email === "string" ? primary.email : null;
}

/**
 * The user to sign in: the one this provider account is already linked to, else
 * the user with the provider-verified email (created if new, then linked).
 * Without a verified email nothing is created or linked.
 */
export async function linkOAuthAccount(input: OAuthSignIn): Promise<LinkResult> {
  const prisma = getPrisma();
  const key = { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } };
  // An existing link was made with a verified email and is keyed on the
  // provider's stable account id, so a later email change does not matter.
  const linked = await prisma.account.findUnique({ where: key, select: { userId: true } });
  if (linked) return { userId: linked.userId };
  const email = verifiedEmail(input.profile);
  if (!email) return { refused: "email_not_verified" };
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.upsert({ where: { email }, update: {}, create: { email, name: input.name ?? null, emailVerified: new Date() } });
    await tx.account.upsert({
      where: key,
      update: {},
      create: { userId: user.id, type: input.type, provider: input.provider, providerAccountId: input.providerAccountId },
    });
    return { userId: user.id };
  });
}
