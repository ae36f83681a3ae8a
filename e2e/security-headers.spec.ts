import { expect, test, type Page } from "@playwright/test";
import { login } from "./login";

test("pages carry a per-request nonce CSP that covers every script, plus the other security headers", async ({ request }) => {
  const res = await request.get("/login");
  const h = res.headers();
  const csp = h["content-security-policy"];
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["strict-transport-security"]).toBeUndefined(); // plain HTTP here

  const html = await res.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const again = (await request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toContain(nonce!);
});

test("HSTS is sent when the request came over HTTPS (as a TLS proxy reports it)", async ({ request }) => {
  const res = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(res.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect((await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } })).headers()["strict-transport-security"]).toBeDefined();
});

test("API and static responses: nosniff everywhere, a locked-down CSP and no-store on API JSON", async ({ page }) => {
  const health = await page.request.get("/api/health");
  expect(health.headers()["x-content-type-options"]).toBe("nosniff");
  expect(health.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(health.headers()["cache-control"]).toBe("no-store");

  await login(page, "viewer@demo.costwise.dev");
  const overview = await page.request.get("/api/v1/overview?range=7d");
  expect(overview.status()).toBe(200);
  expect(overview.headers()["cache-control"]).toBe("no-store");
  expect(overview.headers()["x-frame-options"]).toBe("DENY");

  const chunk = await page.evaluate(() => (document.querySelector("script[src*='/_next/static/']") as HTMLScriptElement | null)?.src);
  expect(chunk).toBeTruthy();
  expect((await page.request.get(chunk!)).headers()["x-content-type-options"]).toBe("nosniff");
});

async function collectCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  page.on("console", (msg) => {
    if (/content security policy|csp violation/i.test(msg.text())) violations.push(msg.text());
  });
  page.on("pageerror", (err) => violations.push(`page error: ${err.message}`));
  return violations;
}

test("the app works under the CSP in Chromium: sign-in, charts, queries, mutations, sign-out, with no violations", async ({ page }) => {
  const violations = await collectCspViolations(page);
  await login(page, "admin@demo.costwise.dev");
  // Recharts draws, TanStack Query refetches on a range change
  await expect(page.locator(".recharts-line-curve")).toBeVisible();
  await expect(page.locator(".recharts-area-area").first()).toBeVisible();
  await page.getByRole("radio", { name: "7 days" }).click();
  await expect(page.getByText(/full days? vs the \d+ before/).first()).toBeVisible();
  // a mutation through the session-authenticated API
  await page.goto("/settings/api-keys");
  await page.getByLabel("Name").fill("csp-check");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByTestId("new-key-secret")).toBeVisible();
  for (const path of ["/settings/teams", "/settings/prices", "/settings/tiers"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  }
  // next-auth's client-side sign-out
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL("**/login");
  expect(violations).toEqual([]);
});
