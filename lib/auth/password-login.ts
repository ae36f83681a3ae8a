// Email + password sign-in with a rate limit and without a timing difference
// between existing and unknown accounts.
import "server-only";
import { randomBytes } from "node:crypto";
import { getPrisma } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordLoginSuccess, reserveLoginAttempt, type LoginLimits, LOGIN_LIMITS } from "@/lib/auth/login-throttle";

export type PasswordLoginResult =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterS: number };

// An unknown email (or an account without a password) is checked against this
// hash, so it costs the same scrypt work as a real account: the response time
// no longer tells which emails have accounts.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString("base64")));

export async function passwordLogin(
  input: { email: string; password: string; ip: string | null },
  opts: { now?: Date; limits?: LoginLimits; verify?: typeof verifyPassword } = {},
): Promise<PasswordLoginResult> {
  const email = input.email.trim().toLowerCase();
  const throttle = await reserveLoginAttempt({ email, ip: input.ip }, opts.now ?? new Date(), opts.limits ?? LOGIN_LIMITS);
  if (!throttle.allowed) return { ok: false, reason: "locked", retryAfterS: throttle.retryAfterS };
  const user = await getPrisma().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const matches = await (opts.verify ?? verifyPassword)(input.password, user?.passwordHash ?? (await getDummyHash()));
  if (!user?.passwordHash || !matches) return { ok: false, reason: "invalid" };
  await recordLoginSuccess({ email, ip: input.ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
