// Settings → Webhooks in the browser. The refusal test runs in a normal setup; the
// delivery test needs a receiver on 127.0.0.1, so it runs only when the server was
// started with COSTWISE_ALLOW_PRIVATE_WEBHOOKS=1.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { login } from "./login";

const allowPrivate = process.env.COSTWISE_ALLOW_PRIVATE_WEBHOOKS === "1";

test("an admin is told inline why a private URL cannot be a webhook, and nothing is added", async ({ page }) => {
  test.skip(allowPrivate, "private URLs are allowed in this run");
  await login(page, "admin@demo.costwise.dev");
  await page.goto("/settings/webhooks");
  await page.getByLabel("URL").fill("http://169.254.169.254/latest/meta-data");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.locator("#webhook-url-error")).toContainText(/169\.254\.169\.254 is a private, loopback or link-local address/);
  await expect(page.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: "e2e/screenshots/webhooks-refused.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "e2e/screenshots/webhooks-refused-390.png", fullPage: true });
});

test("an admin adds a signed webhook, copies the secret once, sends a test and sees it delivered", async ({ page }) => {
  test.skip(!allowPrivate, "needs COSTWISE_ALLOW_PRIVATE_WEBHOOKS=1 for a receiver on 127.0.0.1");
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
