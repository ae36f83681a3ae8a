// The alert inbox on the demo data: the navigation badge counts open alerts, a
// lead acknowledges one (it leaves "Open", shows who acknowledged it under
// "Acknowledged", and the badge drops), a viewer reads without actions, and an
// anomaly's Explain link opens the overview with the anomaly marked.
import { expect, test } from "@playwright/test";
import { login } from "./login";

test("a lead acknowledges an open alert; the inbox and the badge follow", async ({ page }) => {
  await login(page, "lead@demo.costwise.dev");
  const nav = page.getByRole("navigation", { name: "Main" });
  const link = nav.getByRole("link", { name: /Alerts/ });
  await link.click();
  await expect(page.getByRole("heading", { name: "Alerts", level: 1 })).toBeVisible();
  const openTab = page.getByRole("radio", { name: /^Open \(\d+\)$/ });
  const before = Number((await openTab.textContent())!.match(/\d+/)![0]);
  expect(before).toBeGreaterThan(0);
  await expect(link).toContainText(String(before));

  const first = page.getByTestId("alert-item").first();
  const title = (await first.getByRole("heading").textContent())!;
  await first.getByRole("button", { name: "Acknowledge" }).click();
  await expect(page.getByTestId("alert-item").filter({ hasText: title })).toHaveCount(0);
  await expect(page.getByRole("radio", { name: `Open (${before - 1})` })).toBeVisible();
  await expect(link).toContainText(before - 1 > 0 ? String(before - 1) : "Alerts");

  await page.getByRole("radio", { name: /^Acknowledged/ }).click();
  await expect(page).toHaveURL(/status=acknowledged/);
  const acked = page.getByTestId("alert-item").filter({ hasText: title });
  await expect(acked).toContainText("Acknowledged by Lee Lead");
  await expect(acked.getByRole("button", { name: "Resolve" })).toBeVisible();
});

test("a viewer reads the inbox without actions; anomaly alerts explain themselves on the overview", async ({ page }) => {
  await login(page, "viewer@demo.costwise.dev");
  await page.goto("/alerts?status=all&kind=anomaly");
  const item = page.getByTestId("alert-item").first();
  await expect(item).toBeVisible();
  await expect(item.getByRole("button")).toHaveCount(0);
  await item.getByRole("link", { name: "Explain →" }).click();
  await expect(page).toHaveURL(/\/overview\?/);
  await expect(page.getByRole("list", { name: "Anomalies in this range" })).toBeVisible();
  await expect(page.locator(".recharts-reference-line-line")).toHaveCount(1); // a vertical line: no width, so "hidden" to Playwright
});
