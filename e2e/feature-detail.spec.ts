import { expect, test } from "@playwright/test";
import { login } from "./login";

test("a feature's detail: breadcrumbs back to the P&L, tiles, charts with their tables, percentiles, top end users", async ({ page }) => {
  await login(page, "viewer@demo.costwise.dev");
  await page.goto("/features/support-chat?range=last-month");
  await expect(page.getByRole("heading", { level: 1, name: "Support chat" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "P&L" })).toHaveAttribute("href", "/pnl?range=last-month");
  for (const id of ["stat-requests", "stat-end-users", "stat-cost-per-request", "stat-revenue", "stat-ai-cogs", "stat-margin", "stat-scale"]) {
    await expect(page.getByTestId(id)).toHaveText(/\d/);
  }
  await expect(page.getByTestId("margin-status")).toHaveText(/healthy|profitable|losing money|no revenue/);
  // per-user revenue: margin trend, daily cost, cost by model, cost-per-request histogram
  await expect(page.getByTestId("chart")).toHaveCount(4);
  await expect(page.locator(".recharts-line-dots circle").first()).toBeVisible();
  const percentiles = page.getByTestId("percentiles");
  for (const p of ["p50", "p90", "p99"]) await expect(percentiles).toContainText(new RegExp(`${p}\\s*\\$\\d`));
  await expect(page.getByText(/^From (the latest|all) [\d,]+ requests/).first()).toBeVisible();
  await expect(page.locator(".recharts-reference-line")).toHaveCount(3 + 2); // p50, p90, p99; 0% and 50% on the margin trend
  await expect(page.getByTestId("top-users").locator("tbody tr")).not.toHaveCount(0);
  await expect(page.getByTestId("tier-split")).toContainText("%");
  // every chart has its data as a table
  const summaries = page.getByText("View as table");
  await expect(summaries).toHaveCount(4);
  await summaries.nth(3).click();
  await expect(page.getByRole("table", { name: "Requests by cost per request" })).toBeVisible();
  await expect(page.getByText("derived, not entered")).toBeVisible();

  await page.getByRole("radio", { name: "7 days" }).click();
  await expect(page).toHaveURL(/range=7d/);
  await expect(page.getByTestId("proration-note")).toBeVisible();
});

test("revenue entered through the API appears in the feature's history: who, when, before → after", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  const now = new Date();
  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`; // this month: the P&L spec works on last month
  await page.goto("/features/code-review?range=mtd");
  const origin = new URL(page.url()).origin;
  const res = await page.request.post("/api/v1/revenue", { headers: { origin }, data: { items: [{ feature: "code-review", month, revenueUsd: "12345" }] } });
  expect(res.status()).toBe(200);
  await page.reload();
  const history = page.getByTestId("revenue-history");
  const row = history.locator("tr", { hasText: "admin@demo.costwise.dev" }).first();
  await expect(row).toContainText("→ $12,345");
  await expect(row).toContainText("UTC");
  await expect(history.locator("tbody th").first()).toHaveText(new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" }));
  for (const [name, width, height] of [["desktop", 1440, 900], ["phone", 390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `e2e/screenshots/feature-detail-revenue-${name}.png`, fullPage: true });
  }
});

test("an unknown feature, or another organisation's, is the in-frame 404", async ({ page }) => {
  await login(page, "viewer@demo.costwise.dev");
  const res = await page.goto("/features/no-such-feature");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
});
