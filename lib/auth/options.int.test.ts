// next-auth's real handler with the app's options: a callbackUrl never sends the
// user off the app, and a malformed one is not a 500.
import { describe, expect, it } from "vitest";
import { authClient } from "@/test/auth-client";

describe("next-auth callbackUrl handling", () => {
  it.each([
    ["an off-site URL", "https://evil.example/x", "http://localhost:3000/overview"],
    ["a protocol-relative URL", "//evil.example/x", "http://localhost:3000/overview"],
    ["a host with a port-like suffix (used to crash with a 500)", "https://localhost:3000.evil.example/", "http://localhost:3000/overview"],
    ["a same-origin deep link", "http://localhost:3000/settings/prices?x=1", "http://localhost:3000/settings/prices?x=1"],
    ["a relative deep link", "/settings/prices", "http://localhost:3000/settings/prices"],
  ])("sign-in keeps %s on the app", async (_name, callbackUrl, expected) => {
    const client = authClient();
    const csrf = await client.call({ action: "csrf" });
    // as signIn(provider, { callbackUrl }) posts it
    const res = await client.call({
      action: "callback",
      providerId: "credentials",
      method: "POST",
      body: { email: "nobody@example.com", password: "x", callbackUrl, csrfToken: (csrf.body as { csrfToken: string }).csrfToken, json: "true" },
    });
    expect(res.status).toBeLessThan(500);
    expect(client.jar.get("next-auth.callback-url")).toBe(expected);
  });

  it("answers a crafted /api/auth/signin?callbackUrl= that cannot be parsed with the login page, not a 500", async () => {
    const res = await authClient().call({ action: "signin", query: { callbackUrl: "https://localhost:3000.evil.example/" } });
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/^\/login\?error=/);
  });
});
