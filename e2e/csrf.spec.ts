import { expect, test } from "@playwright/test";
import { login } from "./login";

test("a signed-in admin's cookie cannot change prices from another origin or with a text/plain body", async ({ page, baseURL }) => {
  await login(page, "admin@demo.costwise.dev");
  const price = { provider: "openai", model: "csrf-e2e-model", effectiveFrom: "2026-01-01", inputPerMtokUsd: "0", outputPerMtokUsd: "0" };

  const crossSite = await page.request.post("/api/v1/prices", { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, data: price });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()["content-type"]).toContain("application/problem+json");

  const textPlain = await page.request.post("/api/v1/prices", {
    headers: { origin: new URL(baseURL!).origin, "content-type": "text/plain" },
    data: JSON.stringify(price),
  });
  expect(textPlain.status()).toBe(415);

  const list = await (await page.request.get("/api/v1/prices")).json();
  expect(JSON.stringify(list)).not.toContain("csrf-e2e-model");
});
