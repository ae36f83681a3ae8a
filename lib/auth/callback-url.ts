// Where to send a user after sign-in. Only a path on this app is accepted: a
// `callbackUrl` like `//evil.example/x` or `/\evil.example` is a protocol-relative
// URL to a browser, so it would turn the login page into an open redirect. Pure
// and client-safe: the login form and the next-auth redirect callback share it.

export const DEFAULT_AFTER_LOGIN = "/overview";

/** Request header in which proxy.ts passes the requested path to server components (they cannot read the URL). */
export const REQUEST_PATH_HEADER = "x-costwise-path";

const PLACEHOLDER_ORIGIN = "http://costwise.invalid";
// Backslashes (browsers read `\` as `/`) and control characters (the URL parser
// silently drops tab and newline, so `/\t/evil.example` becomes `//evil.example`).
const UNSAFE_CHARS = /[\\\u0000-\u001f\u007f]/;

/** `raw` if it is a same-origin relative path (`/…`, not `//…`), normalised; else `fallback`. */
export function safeCallbackPath(raw: string | null | undefined, fallback = DEFAULT_AFTER_LOGIN): string {
  if (typeof raw !== "string" || raw.length > 2048 || !raw.startsWith("/") || raw.startsWith("//")) return fallback;
  if (UNSAFE_CHARS.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  // Anything that resolves away from the placeholder origin was not a local path.
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * For next-auth's `redirect` callback: an absolute URL on `baseUrl`'s origin or a
 * relative path becomes `baseUrl` + a safe path; anything else (another origin,
 * a malformed URL) becomes `baseUrl` + the fallback. Never throws.
 */
export function redirectWithinApp(url: string, baseUrl: string, fallback = DEFAULT_AFTER_LOGIN): string {
  const base = baseUrl.replace(/\/+$/, "");
  if (url.startsWith("/")) return base + safeCallbackPath(url, fallback);
  if (UNSAFE_CHARS.test(url)) return base + fallback;
  try {
    const parsed = new URL(url);
    if (parsed.origin !== new URL(base).origin) return base + fallback;
    return base + safeCallbackPath(`${parsed.pathname}${parsed.search}${parsed.hash}`, fallback);
  } catch {
    return base + fallback;
  }
}

/** The login page for a signed-out visitor of `requestedPath`, remembering it when it is a safe deep link. */
export function loginPathFor(requestedPath: string | null | undefined): string {
  const path = safeCallbackPath(requestedPath, "");
  return path && path !== "/" && !path.startsWith("/login") ? `/login?callbackUrl=${encodeURIComponent(path)}` : "/login";
}
