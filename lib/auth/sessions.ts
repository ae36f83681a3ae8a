// Server-side session records behind the stateless next-auth JWT. The JWT alone
// would stay valid for its whole lifetime (7 days) even after sign-out; it now
// carries a random session id whose row in `sessions` must still exist, so
// signing out (or deleting a user's rows) ends the session on the next request.
// Only a SHA-256 of the id is stored: a database dump cannot revive a session.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getPrisma } from "@/lib/db";

export const SESSION_MAX_AGE_S = 7 * 24 * 3600;

const digest = (sid: string) => createHash("sha256").update(sid).digest("hex");

/** Record a new session for the user; returns the id to put in the JWT. */
export async function createSession(userId: string, now = new Date()): Promise<string> {
  const sid = randomBytes(32).toString("base64url");
  const prisma = getPrisma();
  await prisma.session.create({ data: { sessionToken: digest(sid), userId, expires: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) } });
  // the user's expired rows are of no further use
  await prisma.session.deleteMany({ where: { userId, expires: { lte: now } } });
  return sid;
}

/** True while the session exists, belongs to the user and has not expired. */
export async function isSessionActive(sid: string, userId: string, now = new Date()): Promise<boolean> {
  const row = await getPrisma().session.findUnique({ where: { sessionToken: digest(sid) }, select: { userId: true, expires: true } });
  return row !== null && row.userId === userId && row.expires > now;
}

/** End one session (sign-out). */
export async function revokeSession(sid: string): Promise<void> {
  await getPrisma().session.deleteMany({ where: { sessionToken: digest(sid) } });
}

/** End every session of a user (e.g. after removing them from an org or a password change). */
export async function revokeUserSessions(userId: string): Promise<number> {
  return (await getPrisma().session.deleteMany({ where: { userId } })).count;
}
