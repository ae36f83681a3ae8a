import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { login } from "./login";

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")}`);
}

test("a lead sets a budget for their team (not for another team) and sees its forecast chart", async ({ page }) => {
  await login(page, "lead@demo.costwise.dev");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Budgets" }).click();
  await expect(page.getByRole("heading", { name: "Budgets", level: 1 })).toBeVisible();
  // the demo's budgets are listed, platform's already over
  await expect(page.getByRole("article", { name: "Platform monthly budget" })).toContainText("Over");
  // the lead may not edit another team's budget
  await expect(page.getByRole("button", { name: "Edit Platform monthly budget" })).toHaveCount(0);

  await page.getByRole("button", { name: "New budget" }).click();
  const form = page.getByRole("form", { name: "New budget" });
  // the lead leads Customer Support: only that team and its features are offered
  const owner = form.getByRole("combobox", { name: "Team or feature" });
  await expect(owner.locator("option")).toHaveText(["Customer Support", "Support chat (Customer Support)", "Ticket triage (Customer Support)"]);
  await owner.selectOption({ label: "Customer Support" });
  await form.getByRole("combobox", { name: "Period" }).selectOption("week");
  await form.getByLabel("Amount (USD)").fill("250.00");
  await form.getByLabel("Alert at (% of amount)").fill("50, 90");
  await form.getByRole("button", { name: "Create budget" }).click();

  const card = page.getByRole("article", { name: "Customer Support weekly budget" });
  await expect(card).toBeVisible();
  await expect(card).toContainText("$250.00");
  await expect(card).toContainText("Weekly");
  // the chart: spent to date, budget and the dashed forecast to the week's end
  const chart = card.getByTestId("budget-chart");
  await expect(chart.getByRole("img", { name: /Customer Support weekly budget: spend to date, forecast and budget/ })).toBeVisible();
  await expect(chart.locator(".recharts-line path[stroke-dasharray]")).toHaveCount(1);
  await chart.getByText("View as table").click();
  await expect(chart.getByRole("columnheader", { name: "Forecast to date" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // another team's budget is refused by the server too
  const origin = new URL(page.url()).origin;
  const res = await page.request.post("/api/v1/budgets", { headers: { origin }, data: { scope: "team", team: "growth", period: "month", amountUsd: "500.00", thresholds: [50, 80, 100], hard: false } });
  expect(res.status()).toBe(403);
  expect((await res.json()).detail).toContain("leads manage budgets of the teams they lead");

  // leave the demo as it was
  page.once("dialog", (d) => void d.accept());
  await card.getByRole("button", { name: "Delete Customer Support weekly budget" }).click();
  await expect(card).toHaveCount(0);
});

for (const [name, viewport] of [["desktop", { width: 1440, height: 900 }], ["phone", { width: 390, height: 844 }]] as const) {
  test(`the budgets page at ${viewport.width}×${viewport.height}: no page-wide horizontal scroll, a screenshot`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await login(page, "admin@demo.costwise.dev");
    await page.goto("/budgets");
    await expect(page.getByTestId("budget-chart").first().locator(".recharts-surface")).toBeVisible();
    await expect(page.getByTestId("weekly-teams")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `e2e/screenshots/budgets-${name}.png`, fullPage: true });
  });
}

test("an admin assigns a team lead on the Teams settings page and removes them again", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  await page.goto("/settings/teams");
  const table = page.getByTestId("teams-table");
  await expect(table.locator("tr", { hasText: "Customer Support" })).toContainText("Lee Lead");
  await table.getByRole("combobox", { name: "Add a lead to Growth" }).selectOption({ label: "Lee Lead" });
  const growth = table.locator("tr", { hasText: "Growth" });
  await expect(growth.getByRole("button", { name: "Remove Lee Lead as lead of Growth" })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/settings-team-leads.png", fullPage: true });
  await growth.getByRole("button", { name: "Remove Lee Lead as lead of Growth" }).click();
  await expect(growth.getByRole("button", { name: "Remove Lee Lead as lead of Growth" })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});
