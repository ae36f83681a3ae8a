import { expect, test } from "@playwright/test";
import { login } from "./login";

test("the P&L shows what each feature costs and earns: losing features in red, margins that break at scale flagged, sortable, exportable", async ({ page }) => {
  await login(page, "lead@demo.costwise.dev");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "P&L" }).click();
  await expect(page.getByRole("heading", { name: "Feature P&L" })).toBeVisible();
  await page.goto("/pnl?range=last-month");
  const table = page.getByTestId("pnl-table");
  // the demo's sales assistant loses money (−35% target margin); code review is profitable on fixed revenue
  const sales = table.locator("tr", { hasText: "Sales assistant" });
  await expect(sales).toHaveAttribute("data-status", "losing");
  await expect(sales).toContainText("losing money");
  await expect(table.locator("tr", { hasText: "Code review bot" }).getByTestId("scale-flag")).toBeVisible();
  await expect(page.getByTestId("pnl-warnings")).toContainText("Success can destroy margins");
  await expect(page.getByTestId("proration-note")).toHaveCount(0); // last month is whole

  await table.getByRole("button", { name: /^Margin/ }).click(); // highest margin first
  const first = await table.locator("tbody tr").first().getAttribute("data-status");
  expect(first).toBe("healthy");
  await table.getByRole("button", { name: /^Margin/ }).click();
  await expect(table.locator("tbody tr").first()).toHaveAttribute("data-status", /losing|no_revenue/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^costwise_pnl_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/);

  await page.goto("/pnl?range=7d");
  await expect(page.getByTestId("proration-note")).toBeVisible();
});
