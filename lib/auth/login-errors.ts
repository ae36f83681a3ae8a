// What the login page says for next-auth's `error` codes (from signIn() or the
// `?error=` that next-auth redirects to). Client-safe: no server imports.

/** A lockout travels as the error code `locked:<seconds until retry>`. */
export const LOCKED_PREFIX = "locked:";

export function lockedErrorCode(retryAfterS: number): string {
  return `${LOCKED_PREFIX}${Math.max(1, Math.ceil(retryAfterS))}`;
}

/** The message for an error code, or null when there is none. */
export function loginErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith(LOCKED_PREFIX)) {
    const minutes = Math.max(1, Math.ceil(Number(code.slice(LOCKED_PREFIX.length)) / 60) || 1);
    return `Too many failed sign-in attempts. Sign-in is locked for ${minutes} minute${minutes === 1 ? "" : "s"}; try again later.`;
  }
  switch (code) {
    case "CredentialsSignin":
      return "Wrong email or password.";
    case "EmailNotVerified":
      return "That account's email address is not verified by its provider, so it cannot be used to sign in. Verify it there and try again.";
    case "AccessDenied":
      return "That account cannot sign in to Costwise.";
    case "Configuration":
      return "The sign-in link was not valid. Please sign in from this page.";
    default:
      return "Sign-in failed. Please try again.";
  }
}
