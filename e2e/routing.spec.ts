// /routing on the demo data: coverage, savings and the tier mix chart; the
// features ranked by potential savings; the simulator's scenarios living in the
// URL (a shared link reproduces them); an admin changes the reference model and
// the savings follow; a viewer cannot. Screenshots at desktop and phone widths.
import { expect, test } from "@playwright/test";
import { login } from "./login";

test("a leader reads coverage, savings and the tier mix, then runs two what-if scenarios kept in the link", async ({ page, browser }) => {
  await login(page, "viewer@demo.costwise.dev");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Routing" }).click();
  await expect(page.getByRole("heading", { name: "Routing & caching", level: 1 })).toBeVisible();
  await expect(page.getByTestId("stat-routing-coverage")).toHaveText(/^\d+%$/);
  await expect(page.getByTestId("stat-saved-by-routing")).toHaveText(/^\$/);
  await expect(page.getByTestId("stat-router-downgrade-rate")).toHaveText(/^\d+%$/); // support chat sends requestedModel
  await expect(page.locator(".recharts-area-area")).toHaveCount(3);
  await expect(page.getByTestId("reference-model")).toContainText("claude-sonnet-4");
  await expect(page.getByRole("combobox", { name: "Measure against" })).toHaveCount(0); // viewers read it only
  // caching: response-cache hit rate and avoided cost, prompt-cache share and savings
  await expect(page.getByTestId("caching-features")).toBeVisible();
  await expect(page.getByTestId("caching-features").locator("tbody tr")).toHaveCount(8);
  const rows = page.getByTestId("routing-features").locator("tbody tr");
  await expect(rows).toHaveCount(8);

  // the suggested scenario is computed at once; a second one moves to a chosen model
  await expect(page.getByTestId("sim-result")).toHaveCount(1);
  await page.getByRole("button", { name: "+ Add scenario" }).click();
  const second = page.getByTestId("sim-scenario").nth(1);
  await second.getByRole("combobox", { name: "Feature" }).selectOption({ label: "Support chat" });
  await second.getByRole("textbox", { name: "% of its frontier traffic" }).fill("100");
  await second.getByRole("combobox", { name: "Move to" }).selectOption("openai/gpt-4o-mini");
  await expect(page.getByTestId("sim-result")).toHaveCount(2);
  await expect(page.getByTestId("sim-result").nth(1)).toContainText("100% of Support chat");
  await expect(page.getByTestId("sim-savings").nth(1)).toContainText("/ month saved");
  await expect.poll(() => decodeURIComponent(page.url())).toContain("sim=support-chat~100~openai/gpt-4o-mini");
  const saved = await page.getByTestId("sim-savings").nth(1).textContent();

  // a filter change keeps the scenarios
  await page.getByRole("combobox", { name: "Team" }).selectOption("support");
  await expect(page).toHaveURL(/team=support/);
  expect(decodeURIComponent(page.url())).toContain("sim=support-chat~100~openai/gpt-4o-mini");
  await expect(rows).toHaveCount(2);

  // the link reproduces the scenarios for someone else
  const other = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await login(other, "lead@demo.costwise.dev");
  await other.goto(page.url());
  await expect(other.getByTestId("sim-result")).toHaveCount(2);
  await expect(other.getByTestId("sim-savings").nth(1)).toHaveText(saved!);
  expect(await other.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await other.screenshot({ path: "e2e/screenshots/routing-simulator-phone.png", fullPage: true });
  await page.screenshot({ path: "e2e/screenshots/routing-simulator-desktop.png", fullPage: true });
  await other.close();
});

test("an admin measures savings against another frontier model, and back", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  await page.goto("/routing?range=30d");
  const before = await page.getByTestId("stat-saved-by-routing").textContent();
  const select = page.getByRole("combobox", { name: "Measure against" });
  const original = await select.inputValue();
  expect(original).toBe("anthropic/claude-sonnet-4-20250514"); // the demo's choice
  const other = (await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).find((v) => v && v !== original);
  expect(other, "the demo uses a second frontier model").toBeTruthy();
  await select.selectOption(other!);
  await page.getByRole("button", { name: "Use this model" }).click();
  await expect(page.getByTestId("reference-model")).toContainText(other!);
  await expect(page.getByTestId("stat-saved-by-routing")).not.toHaveText(before!);
  await select.selectOption({ label: "The most-used frontier model (default)" });
  await page.getByRole("button", { name: "Use this model" }).click();
  await expect(page.getByTestId("reference-model")).toContainText("most used");
  // back to the demo's choice (other tests read the demo as seeded)
  await select.selectOption(original);
  await page.getByRole("button", { name: "Use this model" }).click();
  await expect(page.getByTestId("reference-model")).toContainText("an admin");
  await expect(page.getByTestId("stat-saved-by-routing")).toHaveText(before!);
});
