// The workflows page on the demo data: KPI figures agree with the API (a multi-step
// workflow costs a multiple of a single call), the per-feature chart and the most
// expensive workflows; a row opens its step breakdown (a shareable link) whose steps
// agree with the trace API; another org's or an unknown trace is the in-frame 404.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { login } from "./login";
import { formatMultiplier } from "../lib/charts/prepare-workflows";

test("the workflows page shows the demo's figures and opens a workflow's steps", async ({ page }) => {
  // server and browser render the same text (a start time at 00:xx UTC once rendered "24:xx" on the server)
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await login(page, "viewer@demo.costwise.dev");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Workflows" }).click();
  await expect(page.getByRole("heading", { name: "Workflows", level: 1 })).toBeVisible();
  await page.goto("/workflows?range=last-month");

  const res = await page.request.get("/api/v1/workflows?range=last-month");
  expect(res.status()).toBe(200);
  const api = await res.json();
  console.log(`[demo workflows, last month ${api.from} – ${api.to}] workflows ${api.workflows}, steps ${api.steps}, avg steps ${api.avgSteps}, avg cost ${api.avgCostNano} nano, single call ${api.singleCallCostNano} nano, ×single ${api.multiplierOverSingleCall}, ×dearest step ${api.multiplierOverMaxStep}`);
  for (const f of api.byFeature) console.log(`  ${f.key}: ${f.workflows} workflows, avg steps ${f.avgSteps}, avg ${f.avgCostNano}, single ${f.singleCallCostNano}, × ${f.multiplierOverSingleCall}`);
  // the demo has multi-step features: workflows cost more than a single call and more than their dearest step
  expect(api.workflows).toBeGreaterThan(0);
  expect(api.avgSteps).toBeGreaterThanOrEqual(2);
  expect(api.multiplierOverSingleCall).toBeGreaterThan(1);
  expect(api.multiplierOverMaxStep).toBeGreaterThan(1);

  await expect(page.getByTestId("stat-workflows")).toHaveText(api.workflows.toLocaleString("en-US"));
  await expect(page.getByTestId("stat-avg-steps")).toHaveText(api.avgSteps.toFixed(1));
  await expect(page.getByTestId("stat-vs-single-call")).toHaveText(formatMultiplier(api.multiplierOverSingleCall));
  await expect(page.getByTestId("stat-vs-dearest-step")).toHaveText(formatMultiplier(api.multiplierOverMaxStep));
  await expect(page.getByTestId("workflow-vs-single").getByRole("img")).toBeVisible();
  const rows = page.getByTestId("top-workflows").locator("tbody tr");
  await expect(rows).toHaveCount(api.top.length);

  // the dearest workflow: a click on its row opens the breakdown
  const top = api.top[0];
  await rows.first().getByRole("cell").nth(3).click();
  await expect(page).toHaveURL(new RegExp(`/workflows/${encodeURIComponent(top.traceId)}\\?range=last-month$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(top.traceId);
  const trace = await (await page.request.get(`/api/v1/workflows/${encodeURIComponent(top.traceId)}`)).json();
  expect(trace.steps).toHaveLength(top.steps);
  const steps = page.getByTestId("trace-step");
  await expect(steps).toHaveCount(top.steps);
  for (const [i, s] of trace.steps.entries()) {
    await expect(steps.nth(i)).toContainText(s.model);
    await expect(steps.nth(i)).toHaveAttribute("data-depth", String(s.depth));
  }
  expect(trace.steps.some((s: { depth: number }) => s.depth > 0)).toBe(true); // the demo's steps hang under a root span
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(violations.map((v) => v.id)).toEqual([]);
  for (const [name, width, height] of [["desktop", 1440, 900], ["phone", 390, 844]] as const) {
    await page.setViewportSize({ width, height });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.screenshot({ path: `e2e/screenshots/workflow-trace-${name}.png`, fullPage: true });
  }

  await page.getByRole("link", { name: "← Workflows" }).click();
  await expect(page).toHaveURL(/\/workflows\?range=last-month$/);
  await expect(page.getByTestId("top-workflows")).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test("the team and feature filters narrow the view; an empty range says how to send traces; an unknown trace is a 404", async ({ page }) => {
  await login(page, "viewer@demo.costwise.dev");
  const all = await (await page.request.get("/api/v1/workflows?range=last-month")).json();
  const feature = all.byFeature.find((f: { workflows: number }) => f.workflows > 0);
  await page.goto(`/workflows?range=last-month&feature=${feature.key}`);
  await expect(page.getByTestId("stat-workflows")).toHaveText(feature.workflows.toLocaleString("en-US"));
  await expect(page.getByRole("combobox", { name: "Feature" })).toHaveValue(feature.key);

  await page.goto("/workflows?from=2020-01-01&to=2020-01-31");
  await expect(page.getByText("No multi-step traces in this range — send traceId/spanId with events")).toBeVisible();

  const res = await page.goto("/workflows/no-such-trace");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  expect((await page.request.get("/api/v1/workflows/no-such-trace")).status()).toBe(404);
});
