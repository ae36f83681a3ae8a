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

test("an admin adds another AI cost, imports revenue from a CSV with per-line errors, and sets a revenue model; each shows in the P&L", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  await page.goto("/pnl?range=last-month");
  const inputs = page.getByRole("radiogroup", { name: "Enter" });
  const table = page.getByTestId("pnl-table");
  const month = await page.getByLabel("Month", { exact: true }).inputValue(); // the form defaults to the month the range ends in
  expect(month).toMatch(/^\d{4}-\d{2}$/);

  // another AI cost: the demo's Email drafts has none
  await inputs.getByRole("radio", { name: "Other costs" }).click();
  await page.getByRole("combobox", { name: "Feature" }).selectOption({ label: "Email drafts" });
  await page.getByRole("combobox", { name: "Category" }).selectOption("vector_db");
  await page.getByLabel("Amount (USD)").fill("123.45");
  await page.getByRole("button", { name: "Save cost" }).click();
  await expect(page.getByTestId("cost-message")).toContainText(`Saved vector database for ${month}`);
  await expect(table.locator("tr", { hasText: "Email drafts" })).toContainText("$123.45 other");

  // CSV import: one good line, two bad ones shown with their errors before anything is sent
  await inputs.getByRole("radio", { name: "Import CSV" }).click();
  const csv = `feature,month,revenue_usd\nticket-triage,${month},4321\nticket-triage,2026-13,1\nno-such-feature,${month},3\n`;
  await page.locator('input[type="file"]').setInputFiles({ name: "revenue.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByTestId("import-summary")).toContainText("1 of 3 lines ready, 2 with errors");
  const preview = page.getByTestId("import-preview");
  await expect(preview.locator("tr", { hasText: "2026-13" })).toContainText("month: must be a month");
  await expect(preview.locator("tr", { hasText: "no-such-feature" })).toContainText("feature: not a feature you can enter");
  await page.getByRole("button", { name: "Import 1 line" }).click();
  await expect(page.getByTestId("import-message")).toContainText("Imported 1 line.");
  await expect(preview.locator('tr[data-status="stored"]')).toHaveCount(1);
  await expect(table.locator("tr", { hasText: "Ticket triage" }).locator("td").nth(3)).toHaveText("$4,321");

  // revenue model: Email drafts earns $0.01 per request (then its demo price is put back)
  await inputs.getByRole("radio", { name: "Revenue model" }).click();
  await page.getByRole("combobox", { name: "Feature" }).selectOption({ label: "Email drafts" });
  const original = await page.getByLabel("Unit price (USD)").inputValue();
  await page.getByRole("combobox", { name: "Revenue model" }).selectOption("per_request");
  await page.getByLabel("Unit price (USD)").fill("0.01");
  await page.getByRole("button", { name: "Save revenue model" }).click();
  await expect(page.getByTestId("revenue-model-message")).toContainText("Email drafts: price per request at $0.01");
  const row = table.locator("tr", { hasText: "Email drafts" });
  const requests = Number((await row.locator("td").nth(1).innerText()).split("\n")[0].replace(/,/g, ""));
  const usd = requests * 0.01;
  await expect(row.locator("td").nth(3)).toHaveText(`$${usd.toLocaleString("en-US", { minimumFractionDigits: usd >= 1000 ? 0 : 2, maximumFractionDigits: usd >= 1000 ? 0 : 2 })}`);
  await page.getByLabel("Unit price (USD)").fill(original);
  await page.getByRole("button", { name: "Save revenue model" }).click();
  await expect(page.getByTestId("revenue-model-message")).toContainText("Email drafts: price per request at $");
});
