import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.js";
import { createNonce, isHttps, pageCsp } from "@/lib/http/security-headers";

describe("page CSP", () => {
  it("allows scripts only with the nonce and forbids framing, plugins and foreign origins", () => {
    const csp = pageCsp({ nonce: "abc123" });
    const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives["script-src"]).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directives["script-src"]).not.toContain("unsafe-inline");
    expect(directives["default-src"]).toBe("'self'");
    expect(directives["frame-ancestors"]).toBe("'none'");
    expect(directives["object-src"]).toBe("'none'");
    expect(directives["base-uri"]).toBe("'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("upgrades insecure requests only over HTTPS, and allows eval only in development", () => {
    expect(pageCsp({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
    expect(pageCsp({ nonce: "n", dev: true })).toContain("'unsafe-eval'");
  });

  it("uses a fresh 128-bit nonce each time", () => {
    const a = createNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });

  it("detects HTTPS directly or behind a TLS proxy", () => {
    expect(isHttps("https://costwise.example/", new Headers())).toBe(true);
    expect(isHttps("http://10.0.0.5:3000/", new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps("http://localhost:3000/", new Headers())).toBe(false);
    expect(isHttps("http://localhost:3000/", new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
  });
});

describe("next.config.js headers", () => {
  it("sends nosniff, frame and referrer policy everywhere, HSTS only over HTTPS, and a locked-down CSP on the API", async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === "/:path*" && !r.has)!;
    expect(Object.fromEntries(all.headers.map((h) => [h.key.toLowerCase(), h.value]))).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
    const hsts = rules.find((r) => r.headers.some((h) => h.key === "Strict-Transport-Security"))!;
    expect(hsts.has).toEqual([{ type: "header", key: "x-forwarded-proto", value: "https" }]);
    const api = rules.find((r) => r.source === "/api/:path*")!;
    expect(api.headers).toEqual([{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }]);
  });
});
