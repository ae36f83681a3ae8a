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

test("a lead enters revenue for their team's feature and sees its margin change; a viewer cannot edit", async ({ page, browser }) => {
  await login(page, "lead@demo.costwise.dev");
  await page.goto("/pnl?range=last-month");
  const row = page.getByTestId("pnl-table").locator("tr", { hasText: "Ticket triage" });
  const before = await row.locator("td").nth(4).textContent();
  // the lead leads Customer Support only: other teams' features are not offered
  const featureSelect = page.getByRole("combobox", { name: "Feature" });
  await expect(featureSelect.locator("option")).toHaveText(["Ticket triage"]);
  await page.getByLabel("Revenue (USD)").fill("100000");
  await page.getByRole("button", { name: "Save revenue" }).click();
  await expect(page.getByTestId("revenue-message")).toContainText("Saved");
  await expect(row.locator("td").nth(4)).not.toHaveText(before!);
  await expect(row.locator("td").nth(4)).toContainText("100.0%"); // $100,000 against a few dollars of COGS rounds to 100.0%

  const viewer = await browser.newPage();
  await login(viewer, "viewer@demo.costwise.dev");
  await viewer.goto("/pnl?range=last-month");
  await expect(viewer.getByTestId("read-only-reason")).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Save revenue" })).toHaveCount(0);
  const origin = new URL(viewer.url()).origin;
  const res = await viewer.request.post("/api/v1/revenue", { headers: { origin }, data: { items: [{ feature: "ticket-triage", month: "2026-10", revenueUsd: "1" }] } });
  expect(res.status()).toBe(403);
  await viewer.close();
});
