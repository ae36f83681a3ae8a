// Settings → Webhooks in the browser: a refused URL is explained inline and adds
// nothing; a signed webhook is added, its secret shown once, and a test delivery
// retried after a 500 is shown delivered. The e2e server runs with
// COSTWISE_ALLOW_PRIVATE_WEBHOOKS=1 (the receiver listens on 127.0.0.1) and a short
// retry base (playwright.config.ts); private addresses themselves are refused in
// lib/webhooks/routes.int.test.ts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { login } from "./login";

test("an admin is told inline why a URL cannot be a webhook, and nothing is added", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  await page.goto("/settings/webhooks");
  await page.getByLabel("URL").fill("http://ops:hunter2@hooks.example.com/alerts");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.locator("#webhook-url-error")).toContainText("must not contain a user name or password");
  await expect(page.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("webhook").filter({ hasText: "hooks.example.com" })).toHaveCount(0);
  await page.screenshot({ path: "e2e/screenshots/webhooks-refused.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "e2e/screenshots/webhooks-refused-390.png", fullPage: true });
});

test("an admin adds a signed webhook, copies the secret once, sends a test and sees it delivered", async ({ page }) => {
  const received: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    received.push(req.headers);
    req.resume().on("end", () => res.writeHead(received.length === 1 ? 500 : 204).end());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const name = `Ops receiver ${Date.now().toString(36)}`; // unique, so a rerun against the same database finds its own
  try {
    await login(page, "admin@demo.costwise.dev");
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/settings/webhooks");
    await page.getByLabel("URL").fill(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`);
    await page.getByLabel("Name (optional)").fill(name);
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByTestId("new-webhook-secret")).toContainText(/whsec_/);
    await page.getByRole("button", { name: `Send test to ${name}` }).click();
    const history = page.getByTestId("webhook").filter({ hasText: name }).getByTestId("webhook-deliveries");
    await expect(history).toContainText("webhook.test");
    await expect(history).toContainText("delivered", { timeout: 30_000 }); // 500, then 204 after the first backoff
    expect(new Set(received.map((h) => h["webhook-id"])).size).toBe(1);
    await page.screenshot({ path: "e2e/screenshots/webhooks.png", fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "e2e/screenshots/webhooks-390.png", fullPage: true });
  } finally {
    server.close();
  }
});
