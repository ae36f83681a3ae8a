// The benchmarks page on the demo data: the four §8 metrics, each with a value, a
// position in words, a band scale with the org's marker, a reading and (below elite)
// the next step; the API agrees with the page; the team filter narrows the view.
import { expect, test } from "@playwright/test";
import { login } from "./login";

const IDS = ["cogs_to_revenue", "cost_per_request", "routing_coverage", "profitable_share"] as const;
const POSITION_TEXT = /^(Low|Below median|Median|Above median|Elite)$/;

test("the four benchmarks render with their positions, the same figures as the API, and follow the team filter", async ({ page }) => {
  await login(page, "viewer@demo.costwise.dev");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Benchmarks" }).click();
  await expect(page.getByRole("heading", { name: "Benchmarks", level: 1 })).toBeVisible();
  await page.goto("/benchmarks?range=last-month");

  const res = await page.request.get("/api/v1/benchmarks?range=last-month");
  expect(res.status()).toBe(200);
  const api = await res.json();
  console.log(`[demo benchmarks, last month ${api.range.from} – ${api.range.to}]`);
  for (const m of api.metrics) console.log(`  ${m.id}: ${m.display} (${m.position}) — ${m.reading} | next: ${m.nextStep?.text ?? "–"}`);
  expect(api.metrics.map((m: { id: string }) => m.id)).toEqual(IDS);

  for (const [i, id] of IDS.entries()) {
    const card = page.getByTestId(`benchmark-${id}`);
    const m = api.metrics[i];
    expect(m.position, `${id} has a position on the demo data`).not.toBeNull();
    await expect(card).toHaveAttribute("data-position", m.position);
    await expect(card.getByTestId("benchmark-position")).toHaveText(POSITION_TEXT);
    await expect(card.getByTestId("benchmark-value")).toHaveText(m.display);
    await expect(card.getByTestId("band-marker")).toBeVisible();
    await expect(card.getByRole("img")).toHaveAttribute("aria-label", new RegExp(`this org: ${m.display.replace(/[$.]/g, "\\$&")}`));
    await expect(card.getByTestId("benchmark-reading")).toHaveText(m.reading);
    // below elite, a next step with a figure (dollars or a percentage); at elite, none
    if (m.position === "elite") await expect(card.getByTestId("benchmark-next-step")).toHaveText("Top band: keep it there.");
    else await expect(card.getByTestId("benchmark-next-step")).toContainText(m.nextStep.text);
    if (m.position !== "elite") expect(m.nextStep.text).toMatch(/\$[\d,.]+|\d+\.\d%/);
  }
  // the demo is not elite everywhere (its AI COGS are a large share of revenue), so some next step shows; figures vary with the seed day and other specs' edits
  expect(api.metrics.some((m: { position: string }) => m.position !== "elite")).toBe(true);

  await page.getByRole("combobox", { name: "Team" }).selectOption("growth");
  await expect(page).toHaveURL(/team=growth/);
  const growth = await (await page.request.get("/api/v1/benchmarks?range=last-month&team=growth")).json();
  await expect(page.getByTestId("benchmark-cost_per_request").getByTestId("benchmark-value")).toHaveText(growth.metrics[1].display);

  const bad = await page.request.get("/api/v1/benchmarks?range=last-month&model=gpt-4o");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["content-type"]).toContain("application/problem+json");
});

test("an empty range says what each benchmark is missing", async ({ page }) => {
  await login(page, "admin@demo.costwise.dev");
  await page.goto("/benchmarks?from=2020-01-01&to=2020-01-31");
  await expect(page.getByText("No AI usage or revenue in this range")).toBeVisible();
  for (const id of IDS) await expect(page.getByTestId(`benchmark-${id}`)).toHaveAttribute("data-position", "none");
  await expect(page.getByTestId("benchmark-cogs_to_revenue").getByTestId("benchmark-reading")).toHaveText("No AI costs or revenue in this range.");
});

for (const w of [{ name: "desktop", width: 1440, height: 900 }, { name: "phone", width: 390, height: 844 }] as const) {
  test(`screenshot at ${w.width}×${w.height}: no horizontal scroll`, async ({ page }) => {
    await page.setViewportSize({ width: w.width, height: w.height });
    await login(page, "admin@demo.costwise.dev");
    await page.goto("/benchmarks?range=last-month");
    await expect(page.getByTestId("benchmark-profitable_share").getByTestId("band-marker")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.screenshot({ path: `e2e/screenshots/benchmarks-${w.name}.png`, fullPage: true });
  });
}
