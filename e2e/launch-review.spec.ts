// The launch review calculator: a link with known inputs gives the verdict and
// figures computed by hand, an edit rewrites the link and the result, a saved
// review reopens from its link, and a viewer can read but not save.
import { expect, test, type Page } from "@playwright/test";
import { login } from "./login";

// 100,000 requests × (1,000 in + 500 out tokens) all on gpt-4.1 ($2 / $8 per Mtok):
// $0.006 a request → $600 a month; revenue 100,000 × $0.00624 = $624; margin 24 / 624 = 3.85%.
// What would pass (2 × cost ≤ revenue): 60% on gpt-4.1-mini ($0.0012 a request: 0.6·0.0012 + 0.4·0.006 = $0.00312,
// exactly half the price), a price of 2 × $0.006 = $0.012, or 48% from cache (0.52 × $600 = $312).
const KNOWN = "/launch-review?requests=100000&in=1000&out=500&mix=model&models=openai/gpt-4.1:100,openai/gpt-4.1-mini:0&cache=0&other=0&revenue=per_request&price=0.00624&users=0";

const WIDTHS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function expectKnownFigures(page: Page) {
  await expect(page.getByTestId("verdict")).toHaveText("✕Fails the launch gate: 3.85% contribution margin < 50%");
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "fail");
  await expect(page.getByTestId("stat-monthly-cost")).toHaveText("$600.00");
  await expect(page.getByTestId("stat-cost-per-request")).toHaveText("$0.0060");
  await expect(page.getByTestId("stat-monthly-revenue")).toHaveText("$624.00");
  await expect(page.getByTestId("stat-margin")).toHaveText("3.85%");
  await expect(page.getByTestId("stat-at-100-volume")).toHaveText("3.85%"); // per-request revenue scales with cost
  await expect(page.getByTestId("suggestions").locator("li")).toHaveText([
    /^Route 60% of requests to gpt-4\.1-minimargin 50\.00%$/,
    /^Charge \$0\.012 per requestmargin 50\.00%$/,
    /^Serve 48% of requests from your response cachemargin 50\.00%$/,
  ]);
}

test("a link with known inputs gives the hand-computed verdict; an edit rewrites the link and the result; a saved review reopens", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Launch review" }).click();
  await expect(page.getByRole("heading", { name: "Launch review" })).toBeVisible();
  // first visit: the reference 70/20/10 tier mix, each tier priced by a model shown beside it
  await expect(page.getByTestId("verdict")).toBeVisible();
  await expect(page.getByLabel("Small tier")).toHaveValue("70");
  await expect(page.getByText(/\(your most used\)/).first()).toBeVisible();

  await page.goto(KNOWN);
  await expectKnownFigures(page);

  // 48% from cache: exactly the suggested rate, and the link says so
  await page.getByLabel("Cache hit rate").fill("48");
  await expect(page).toHaveURL(/[?&]cache=48(&|$)/);
  await expect(page.getByTestId("verdict")).toHaveText("✓Passes the launch gate: 50.00% contribution margin ≥ 50%");
  await expect(page.getByTestId("stat-monthly-cost")).toHaveText("$312.00");
  await expect(page.getByTestId("suggestions")).toHaveCount(0);
  // one point less fails again
  await page.getByLabel("Cache hit rate").fill("47");
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "fail");
  await page.getByLabel("Cache hit rate").fill("48");
  await expect(page).toHaveURL(/[?&]cache=48(&|$)/);

  // a mix that does not add up is an error, not a figure
  await page.getByTestId("mix-share-0").fill("90");
  await expect(page.getByTestId("review-error")).toContainText("The model mix adds up to 90%; it must add up to 100%");
  await expect(page.getByRole("button", { name: "Save review" })).toBeDisabled();
  await page.getByTestId("mix-share-0").fill("100");
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "pass");

  const name = `Cached launch ${Date.now().toString(36)}`;
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("button", { name: "Save review" }).click();
  await expect(page.getByTestId("save-message")).toContainText(name);

  await page.goto("/launch-review");
  await expect(page.getByLabel("Cache hit rate")).toHaveValue("10");
  await page.getByTestId("saved-reviews").getByRole("link", { name }).click();
  await expect(page).toHaveURL(/[?&]cache=48(&|$)/);
  await expect(page.getByLabel("Cache hit rate")).toHaveValue("48");
  await expect(page.getByTestId("verdict")).toHaveText("✓Passes the launch gate: 50.00% contribution margin ≥ 50%");

  await page.getByRole("button", { name: `Delete ${name}` }).click();
  await expect(page.getByTestId("saved-reviews").getByRole("link", { name })).toHaveCount(0);
});

test("invalid values in a link are reported and their defaults used", async ({ page }) => {
  await login(page, "viewer@demo.costwise.dev");
  await page.goto("/launch-review?requests=lots&cache=150&price=0.01");
  await expect(page.getByTestId("input-issues")).toContainText("requests (must be a whole number)");
  await expect(page.getByTestId("input-issues")).toContainText("cache (must be between 0 and 100)");
  await expect(page.getByLabel("Requests a month")).toHaveValue("100000");
});

test("a viewer reads saved reviews but cannot save one", async ({ page }) => {
  await login(page, "viewer@demo.costwise.dev");
  await page.goto(KNOWN);
  await expectKnownFigures(page);
  await expect(page.getByTestId("read-only-reason")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save review" })).toHaveCount(0);
  const origin = new URL(page.url()).origin;
  const res = await page.request.post("/api/v1/launch-reviews", { headers: { origin }, data: { name: "nope", inputs: { requests: 1, inputTokens: 1, outputTokens: 1, mix: { by: "tier", small: 100, mid: 0, frontier: 0 }, cacheHitPct: 0, otherMonthlyUsd: "0", revenueModel: "monthly", priceUsd: "1", users: 0 } } });
  expect(res.status()).toBe(403);
});

for (const w of WIDTHS) {
  test(`a failing review with its suggestions at ${w.width}×${w.height}: no horizontal scroll, a screenshot`, async ({ page }) => {
    await page.setViewportSize({ width: w.width, height: w.height });
    await login(page, "lead@demo.costwise.dev");
    await page.goto(KNOWN);
    await expectKnownFigures(page);
    await expect(page.getByTestId("margin-bar")).toHaveCount(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.screenshot({ path: `e2e/screenshots/launch-review-fail-${w.name}.png`, fullPage: true });
  });
}
