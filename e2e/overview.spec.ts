import { expect, test } from "@playwright/test";
import { login } from "./login";

test("a signed-out visitor is sent to the login page", async ({ page }) => {
  await page.goto("/overview");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("admin@demo.costwise.dev");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("the demo admin sees a populated overview", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveText("admin@demo.costwise.dev");
  // KPI tiles carry real figures, not zeros
  await expect(page.getByTestId("stat-spend")).not.toHaveText("$0.00");
  await expect(page.getByTestId("stat-requests")).not.toHaveText("0");
  // every chart drew marks: areas, bars and a line
  const charts = page.getByTestId("chart");
  await expect(charts).toHaveCount(5);
  await expect(page.locator(".recharts-area-area").first()).toBeVisible();
  expect(await page.locator(".recharts-bar-rectangle").count()).toBeGreaterThan(10);
  await expect(page.locator(".recharts-line-curve")).toBeVisible();
  // the demo's 8 features (other specs may add their own: no exact count, so any order works)
  const featureRows = page.getByTestId("top-features").locator("tbody tr");
  await expect(featureRows.filter({ hasText: "Support chat" })).toHaveCount(1);
  expect(await featureRows.count()).toBeGreaterThanOrEqual(8);
  await expect(page.getByTestId("unpriced-warning")).toContainText("llama-3.1-70b-internal");
  // revenue and margin from the P&L, this month so far with its forecast, and the features that moved most
  await expect(page.getByTestId("stat-revenue")).not.toHaveText("–");
  await expect(page.getByTestId("stat-contribution-margin")).toHaveText(/^-?\d+\.\d%$/);
  await expect(page.getByTestId("stat-month-end-forecast")).toHaveText(/^\$[\d,.]+K?$/);
  await expect(page.getByTestId("top-movers").locator("li").first()).toContainText(/[▲▼]/);
  await page.screenshot({ path: "e2e/screenshots/overview.png", fullPage: true });

  // switching the range refetches through the API and lands in the URL
  await page.getByRole("radio", { name: "7 days" }).click();
  await expect(page).toHaveURL(/range=7d/);
  await expect(page.getByText(/full days? vs the \d+ before/).first()).toBeVisible();
});

test("the viewer can read the overview too", async ({ page }) => {
  await login(page, "viewer@demo.costwise.dev");
  await expect(page.getByTestId("stat-spend")).not.toHaveText("$0.00");
});

test("API: health is public, data routes need a session", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: { status: "up" } });

  expect((await request.get("/api/v1/pnl?range=30d")).status()).toBe(401);
  const anon = await request.get("/api/v1/overview?range=30d");
  expect(anon.status()).toBe(401);
  expect(anon.headers()["content-type"]).toContain("application/problem+json");
  expect(await anon.json()).toMatchObject({ status: 401, code: "unauthorized" });
});

test("API: a signed-in member gets the overview; a bad filter is a 400 naming the field", async ({ page }) => {
  await login(page, "lead@demo.costwise.dev");
  const ok = await page.request.get("/api/v1/overview?range=90d");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.range.days).toBe(90);
  expect(body.features.length).toBeGreaterThanOrEqual(8);
  expect(Number(body.totals.costNano)).toBeGreaterThan(0);

  // the P&L of the demo: 8 features, money as nano strings, statuses from the contract
  const pnl = await (await page.request.get("/api/v1/pnl?range=last-month")).json();
  expect(pnl.features.length).toBeGreaterThanOrEqual(8);
  expect(pnl.features.find((f: { key: string }) => f.key === "sales-assistant").status).toBe("losing");

  for (const [search, field] of [["range=12d", "range"], ["from=2026-11-10&to=2026-11-01", "from"], ["days=12", "days"]]) {
    const bad = await page.request.get(`/api/v1/overview?${search}`);
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "invalid_request", errors: [{ field }] });
  }
});
