// The frame every page inherits, at desktop and phone widths: navigation by mouse
// and keyboard, no serious or critical axe-core violations, filters in a shared
// URL that reproduce the same figures, the in-frame 404, and screenshots.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { login } from "./login";

const WIDTHS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
const PAGES = [
  { path: "/overview", name: "overview", ready: (p: Page) => expect(p.locator(".recharts-area-area").first()).toBeVisible() },
  { path: "/overview?range=7d&team=platform", name: "overview-filtered", ready: (p: Page) => expect(p.getByTestId("stat-spend")).toBeVisible() },
  { path: "/pnl?range=last-month", name: "pnl", ready: (p: Page) => expect(p.getByTestId("pnl-table")).toBeVisible() },
  { path: "/benchmarks?range=last-month", name: "benchmarks", ready: (p: Page) => expect(p.getByTestId("benchmark-profitable_share")).toBeVisible() },
  { path: "/launch-review", name: "launch-review", ready: (p: Page) => expect(p.getByTestId("verdict")).toBeVisible() },
  { path: "/features/support-chat?range=last-month", name: "feature-detail", ready: (p: Page) => expect(p.locator(".recharts-bar-rectangle").first()).toBeVisible() },
  { path: "/workflows?range=last-month", name: "workflows", ready: (p: Page) => expect(p.getByTestId("top-workflows")).toBeVisible() },
  { path: "/routing", name: "routing", ready: (p: Page) => expect(p.getByTestId("routing-features")).toBeVisible() },
  { path: "/budgets", name: "budgets", ready: (p: Page) => expect(p.getByTestId("budget-chart").first().locator(".recharts-surface")).toBeVisible() },
  { path: "/alerts?status=all", name: "alerts", ready: (p: Page) => expect(p.getByTestId("alert-item").first()).toBeVisible() },
  { path: "/maturity", name: "maturity", ready: (p: Page) => expect(p.getByTestId("latest-result").or(p.getByTestId("maturity-invitation"))).toBeVisible() },
  { path: "/quality?range=last-month", name: "quality", ready: (p: Page) => expect(p.getByTestId("chart").locator(".recharts-scatter-symbol circle").first()).toBeVisible() },
  { path: "/settings/api-keys", name: "settings-api-keys", ready: (p: Page) => expect(p.getByTestId("api-keys")).toBeVisible() },
  { path: "/settings/prices", name: "settings-prices", ready: (p: Page) => expect(p.getByTestId("price-overrides").or(p.getByText("No overrides"))).toBeVisible() },
  { path: "/settings/tiers", name: "settings-tiers", ready: (p: Page) => expect(p.getByTestId("model-tiers")).toBeVisible() },
  { path: "/settings/teams", name: "settings-teams", ready: (p: Page) => expect(p.getByTestId("teams-table")).toBeVisible() },
  { path: "/no-such-page", name: "not-found", ready: (p: Page) => expect(p.getByRole("heading", { name: "Nothing here" })).toBeVisible() },
];

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")}`);
}

for (const w of WIDTHS) {
  test.describe(`at ${w.width}×${w.height}`, () => {
    test.use({ viewport: { width: w.width, height: w.height } });

    test("the login page has no serious accessibility violations", async ({ page }) => {
      await page.goto("/login");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: `e2e/screenshots/login-${w.name}.png`, fullPage: true });
    });

    test("every page: no serious or critical axe violations, no horizontal page scroll, a screenshot", async ({ page }) => {
      test.setTimeout(30_000 + PAGES.length * 10_000); // an axe run per page: the budget grows with the list
      await login(page, "admin@demo.costwise.dev");
      for (const p of PAGES) {
        await page.goto(p.path);
        await p.ready(page);
        expect({ page: p.path, violations: await seriousViolations(page) }).toEqual({ page: p.path, violations: [] });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect({ page: p.path, overflow }).toEqual({ page: p.path, overflow: 0 });
        await page.screenshot({ path: `e2e/screenshots/${p.name}-${w.name}.png`, fullPage: true });
      }
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the menu button opens the navigation, with sign-out, and Escape closes it", async ({ page }) => {
    await login(page, "viewer@demo.costwise.dev");
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.click();
    const dialog = page.getByRole("dialog", { name: "Navigation" });
    await expect(dialog.getByRole("link", { name: "Settings" })).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(menu).toBeFocused();
    await menu.click();
    await dialog.getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(/\/settings\//);
  });
});

test("keyboard: skip link, then the navigation, reach every area; the range radio group moves with arrow keys", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "P&L" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Benchmarks" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Launch review" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Routing" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Workflows" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quality" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Budgets" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Alerts/ })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Maturity" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/settings\//);

  await page.goto("/overview");
  await page.getByRole("radio", { name: "30 days" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("radio", { name: "7 days" })).toBeFocused();
  await expect(page).toHaveURL(/range=7d/);
});

test("a shared URL with filters reproduces the same figures, and invalid values are reported", async ({ page, browser }) => {
  await login(page, "admin@demo.costwise.dev");
  await page.goto("/overview");
  await page.getByRole("radio", { name: "90 days" }).click();
  await page.getByRole("combobox", { name: "Team" }).selectOption("growth");
  await expect(page).toHaveURL(/range=90d/);
  await expect(page).toHaveURL(/team=growth/);
  await expect(page.getByTestId("top-features")).not.toContainText("Support chat");
  const spend = await page.getByTestId("stat-spend").textContent();
  const url = page.url();

  const other = await browser.newPage();
  await login(other, "viewer@demo.costwise.dev");
  await other.goto(url);
  await expect(other.getByTestId("stat-spend")).toHaveText(spend!);
  await expect(other.getByRole("combobox", { name: "Team" })).toHaveValue("growth");

  await other.goto("/overview?range=fortnight&team=growth");
  await expect(other.getByTestId("filter-issues")).toContainText("range");
  await expect(other.getByRole("combobox", { name: "Team" })).toHaveValue("growth");
  await other.close();
});

test("a signed-out deep link comes back to its page after sign-in; an unknown page is a 404 inside the frame", async ({ page }) => {
  await page.goto("/settings/tiers");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill("admin@demo.costwise.dev");
  await page.getByLabel("Password").fill(process.env.COSTWISE_DEMO_PASSWORD ?? "e2e-demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings\/tiers$/);
  const res = await page.goto("/definitely-not-here");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the overview" }).click();
  await expect(page).toHaveURL(/\/overview/);
  expect((await page.request.get("/favicon.ico")).status()).toBe(200);
});

test("every overview table exports as CSV named with its range, with the view's filters applied", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  await page.goto("/overview?range=last-month&team=growth");
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Top features" }) });
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^costwise_features_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await (await download.createReadStream()).toArray()).map(String).join("");
  const lines = text.replace(/^\ufeff/, "").trim().split("\r\n");
  expect(lines[0]).toBe("feature_key,feature,team_key,team,registered,requests,spend_usd");
  expect(lines.slice(1).every((l) => l.includes(",growth,"))).toBe(true);
  expect((await page.request.get("/api/v1/overview/export?table=secrets")).status()).toBe(400);
});

test("drill-down: a team or feature name in a table narrows the view, keeping the range", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  await page.goto("/overview?range=7d");
  await page.getByTestId("top-features").getByRole("link", { name: "Support chat" }).click();
  await expect(page).toHaveURL(/range=7d/);
  await expect(page).toHaveURL(/feature=support-chat/);
  await expect(page.getByRole("combobox", { name: "Feature" })).toHaveValue("support-chat");
  await expect(page.getByTestId("top-features").locator("tbody tr")).toHaveCount(1);
  await page.getByTestId("top-features").getByRole("link", { name: "Customer Support" }).click();
  await expect(page).toHaveURL(/team=support/);
  await expect(page).toHaveURL(/feature=support-chat/);
});
