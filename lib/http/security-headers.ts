// The Content-Security-Policy of HTML pages, built per request by proxy.ts with
// a fresh nonce (Next.js puts it on its own scripts). The headers every
// response carries (nosniff, frame and referrer policy, HSTS over HTTPS, the
// API's CSP) are in next.config.js, which also covers static files and API
// routes where proxy.ts does not run. No Node or Next imports here.

/**
 * The policy for HTML pages. Scripts run only with this request's nonce
 * ('strict-dynamic' lets those scripts load Next's chunks). Styles allow
 * 'unsafe-inline' because Recharts and React set style attributes, which a
 * nonce cannot cover; CSS cannot run script, so the XSS protection stays.
 */
export function pageCsp(opts: { nonce: string; dev?: boolean; https?: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React's dev build evaluates code to rebuild server error stacks; production never does
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${opts.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Whether the browser reached us over HTTPS: directly, or through a TLS-terminating proxy. */
export function isHttps(url: string, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0].trim().toLowerCase();
  return forwarded ? forwarded === "https" : url.startsWith("https:");
}

/** A fresh, unguessable nonce (128 bits, base64), using Web Crypto so it works in any runtime. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
