import { expect, test, type Page } from "@playwright/test";
import { login } from "./login";

async function createKeyInUi(page: Page, name: string): Promise<string> {
  await page.goto("/settings/api-keys");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  const secret = (await page.getByTestId("new-key-secret").textContent())!;
  expect(secret).toMatch(/^cw_live_[0-9A-Za-z]{32}$/);
  return secret;
}

test("an admin creates a key, sends an event with the curl example's payload, and sees it arrive", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  const secret = await createKeyInUi(page, "e2e-service");
  await expect(page.getByTestId("curl-example")).toContainText(`Authorization: Bearer ${secret}`);
  await expect(page.getByTestId("api-keys")).toContainText("e2e-service");
  await page.screenshot({ path: "e2e/screenshots/api-keys.png", fullPage: true });

  // the payload shown in the curl example, sent with the new key
  const curl = (await page.getByTestId("curl-example").textContent())!;
  const payload = JSON.parse(curl.slice(curl.indexOf("-d '") + 4, curl.lastIndexOf("'")));
  payload.batch[0].team = "e2e-team";
  payload.batch[0].feature = "e2e-feature";
  payload.batch[0].costUsd = 12.5;
  const res = await page.request.post("/api/v1/events", { headers: { authorization: `Bearer ${secret}` }, data: payload });
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ accepted: 1 });

  // the auto-created keys wait for adoption
  await page.goto("/settings/teams");
  const row = page.getByTestId("features-table").locator("tr", { hasText: "e2e-feature" });
  await expect(row).toContainText("unregistered");
  await expect(row).toContainText("$12.50");
  await row.getByRole("button", { name: "Adopt" }).click();
  await expect(row).not.toContainText("unregistered");

  // and the overview counts it
  await page.goto("/overview?range=7d");
  await expect(page.getByTestId("top-features")).toContainText("e2e-feature");
});

// Prices a model of its own (sent here through a key made in the UI), so the demo's
// unpriced model stays unpriced for the other specs whatever order they run in.
test("an admin prices an unpriced model in one click", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  const secret = await createKeyInUi(page, "e2e-pricing");
  const model = `e2e-selfhosted-${Date.now().toString(36)}`;
  const event = { eventId: `${model}-1`, timestamp: new Date().toISOString(), model, team: "platform", feature: "doc-summarizer", inputTokens: 1000, outputTokens: 500 };
  expect((await page.request.post("/api/v1/events", { headers: { authorization: `Bearer ${secret}` }, data: { batch: [event] } })).status()).toBe(200);

  await page.goto("/settings/prices");
  const row = page.getByTestId("unpriced-models").locator("tr", { hasText: model });
  await row.getByRole("button", { name: "Add price" }).click();
  await expect(page.getByRole("textbox", { name: "Model", exact: true })).toHaveValue(model);
  await page.getByLabel("Input $/Mtok").fill("0.40");
  await page.getByLabel("Output $/Mtok").fill("0.80");
  await page.getByRole("button", { name: "Save price" }).click();
  await expect(page.getByTestId("price-saved")).toContainText("Saved. 1 stored event re-priced");
  await expect(page.getByTestId("unpriced-models")).not.toContainText(model);
  await expect(page.getByTestId("price-overrides")).toContainText(model);
  await page.screenshot({ path: "e2e/screenshots/prices.png", fullPage: true });
});

test("a viewer cannot manage API keys", async ({ page, baseURL }) => {
  await login(page, "viewer@demo.costwise.dev");
  await page.goto("/settings/api-keys");
  await expect(page.getByText("Only admins can see and manage API keys")).toBeVisible();
  // same-origin, so the 403 is the role check and not the CSRF check
  const res = await page.request.post("/api/v1/api-keys", { headers: { origin: new URL(baseURL!).origin }, data: { name: "sneaky", scopes: ["ingest"] } });
  expect(res.status()).toBe(403);
  expect(await res.json()).toMatchObject({ code: "forbidden" });
  expect((await page.request.get("/api/v1/api-keys")).status()).toBe(403);
});

test("an admin changes a model's tier", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  await page.goto("/settings/tiers");
  const row = page.getByTestId("model-tiers").locator("tr", { hasText: "gpt-4o-mini" });
  await expect(row).toContainText("default");
  await row.getByLabel("Tier of gpt-4o-mini").selectOption("mid");
  await expect(row).toContainText("set by an admin");
  await page.reload();
  await expect(page.getByTestId("model-tiers").locator("tr", { hasText: "gpt-4o-mini" }).getByLabel("Tier of gpt-4o-mini")).toHaveValue("mid");
  await page.getByTestId("model-tiers").locator("tr", { hasText: "gpt-4o-mini" }).getByLabel("Tier of gpt-4o-mini").selectOption("small");
});
