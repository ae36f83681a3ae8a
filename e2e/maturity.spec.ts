// /maturity on the demo data: a member takes the assessment step by step (the
// evidence questions come pre-filled from the data; answering otherwise asks for
// a note), sees the level, ladder, radar and next steps; starts another, saves a
// draft, leaves and resumes it with its answers and step; the history lists both.
// Screenshots of the form, a result and the history at desktop and phone widths
// (MATURITY_SHOTS_DIR, default e2e/screenshots). Any page error fails the test.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { login } from "./login";

const SHOTS = process.env.MATURITY_SHOTS_DIR ?? "e2e/screenshots";
const WIDTHS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")}`);
}

/** Screenshots at both widths, with no sideways page scroll and no serious axe violation at either. */
async function shoot(page: Page, name: string) {
  for (const w of WIDTHS) {
    await page.setViewportSize({ width: w.width, height: w.height });
    // charts follow the new width on their next resize observation
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { message: `${name} at ${w.width} px scrolls sideways` }).toBe(0);
    expect({ name, width: w.width, violations: await seriousViolations(page) }).toEqual({ name, width: w.width, violations: [] });
    await page.screenshot({ path: `${SHOTS}/maturity-${name}-${w.name}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const questionsOf = (page: Page) => page.getByTestId("assessment-step").locator("fieldset");

/** Answer every question of the step on screen. */
async function answerAll(page: Page, answer: "Yes" | "Partly" | "No") {
  const fieldsets = questionsOf(page);
  for (let i = 0; i < (await fieldsets.count()); i++) await fieldsets.nth(i).getByRole("radio", { name: answer }).check();
}

/** The first question pre-filled from the data: answer it otherwise and give a note. Returns its test id. */
async function overrideEvidence(page: Page, note: string): Promise<string> {
  const fs: Locator = questionsOf(page).filter({ hasText: "From your data" }).first();
  const prefilled = fs.getByRole("radio", { checked: true });
  await expect(prefilled).toHaveCount(1);
  const other = (await prefilled.getAttribute("value")) === "yes" ? "Partly" : "Yes";
  await fs.getByRole("radio", { name: other }).check();
  await fs.getByRole("textbox", { name: /Why your answer differs from the data/ }).fill(note);
  return (await fs.getAttribute("data-testid"))!;
}

const next = (page: Page) => page.getByRole("button", { name: "Next" }).click();
const stepIs = (page: Page, n: number) => expect(page.getByTestId("step-indicator")).toHaveText(`Step ${n} of 8`);

test("a member completes an assessment, sees the level and radar; resumes a saved draft; the history has both", async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, "lead@demo.costwise.dev");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Maturity" }).click();
  await expect(page.getByRole("heading", { name: "Maturity", level: 1 })).toBeVisible();
  await expect(page.getByTestId("latest-result").or(page.getByTestId("maturity-invitation"))).toBeVisible();
  const historyBefore = (await page.getByTestId("latest-result").count()) > 0 ? await page.getByTestId("maturity-history").locator("tbody tr").count() : 0;
  await page.getByRole("link", { name: /^Take the (first )?assessment$/ }).first().click();

  // levels 1–3 met (one evidence answer overridden to another answer, with a note), 4–7 not; the checklist done
  await stepIs(page, 1);
  await expect(page.getByTestId("evidence").first()).toBeVisible();
  await expect(page.getByTestId("evidence").filter({ hasText: "From your data" }).first()).toContainText(/\(\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\)/);
  // a step must be answered before moving on
  await next(page);
  await expect(page.getByRole("alert").filter({ hasText: "Answer every question of this step" })).toBeVisible();
  await stepIs(page, 1);
  await answerAll(page, "Yes");
  const note = "Our invoices include a self-hosted cluster Costwise does not see";
  const overridden = await overrideEvidence(page, note);
  await shoot(page, "form");
  await next(page);
  for (const n of [2, 3]) {
    await stepIs(page, n);
    await answerAll(page, "Yes");
    await next(page);
  }
  for (const n of [4, 5, 6, 7]) {
    await stepIs(page, n);
    await answerAll(page, "No");
    await next(page);
  }
  await stepIs(page, 8);
  await expect(page.getByRole("heading", { name: "Practice checklist" })).toBeVisible();
  await answerAll(page, "Yes");
  await page.getByRole("button", { name: "Submit assessment" }).click();

  await expect(page).toHaveURL(/\/maturity\/[0-9a-f-]{36}$/);
  const firstUrl = page.url();
  await expect(page.getByTestId("maturity-level")).toHaveText("Level 3 · Operational");
  await expect(page.getByTestId("maturity-percent")).toHaveText("43%");
  await expect(page.getByTestId("level-ladder").locator("li[aria-current=step]")).toContainText("Level 3 · Operational");
  await expect(page.locator(".recharts-radar-polygon").first()).toBeVisible();
  // the blocking gaps are the five level-4 questions, each a link to the page that helps
  const steps = page.getByTestId("next-steps");
  await expect(steps).toContainText("To reach Level 4 · Scaled");
  await expect(steps.getByRole("link")).toHaveCount(5);
  await expect(steps.getByRole("link").first()).toHaveAttribute("href", /^\/[a-z]/);
  await expect(page.getByTestId(`answer-${overridden.replace(/^question-/, "")}`)).toContainText(note);
  await expect(page.getByTestId(`answer-${overridden.replace(/^question-/, "")}`)).toContainText("differs from the data");
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await shoot(page, "result");
  // printed: no navigation, no buttons
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByTestId("answers-table")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/maturity-result-print.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });

  // a second one: step 1 all "no", on to step 2, one answer there, saved as a draft; then leave
  await page.goto("/maturity");
  await page.getByRole("link", { name: "Take the assessment" }).click();
  await stepIs(page, 1);
  await answerAll(page, "No");
  await next(page);
  await stepIs(page, 2);
  const firstOfTwo = questionsOf(page).first();
  await firstOfTwo.getByRole("radio", { name: "Partly" }).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("draft-status")).toHaveText(/^Draft saved /);
  await page.goto("/overview");

  // resume: the same step, its answer, and the earlier step's answers
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Maturity" }).click();
  await page.getByTestId("resume-draft").click();
  await stepIs(page, 2);
  await expect(questionsOf(page).first().getByRole("radio", { name: "Partly" })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await stepIs(page, 1);
  const level1 = questionsOf(page);
  for (let i = 0; i < (await level1.count()); i++) await expect(level1.nth(i).getByRole("radio", { name: "No" })).toBeChecked();
  await next(page);
  for (let n = 2; n <= 8; n++) {
    await stepIs(page, n);
    await answerAll(page, "No");
    if (n < 8) await next(page);
  }
  await page.getByRole("button", { name: "Submit assessment" }).click();
  await expect(page).toHaveURL(/\/maturity\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toBe(firstUrl);
  await expect(page.getByTestId("maturity-level")).toHaveText("Not started");
  await expect(page.getByTestId("maturity-percent")).toHaveText("0%");
  await expect(page.getByTestId("next-steps")).toContainText("To reach Level 1 · Experimental");

  // the history: both, newest first, with the trend; the draft is gone
  await page.goto("/maturity");
  await expect(page.getByTestId("maturity-history").locator("tbody tr")).toHaveCount(historyBefore + 2);
  await expect(page.getByTestId("maturity-history").locator("tbody tr").nth(0)).toContainText("Not started");
  await expect(page.getByTestId("maturity-history").locator("tbody tr").nth(1)).toContainText("3 · Operational");
  await expect(page.getByTestId("latest-result").getByTestId("maturity-level")).toHaveText("Not started");
  await expect(page.locator(".recharts-line-curve")).toBeVisible();
  await expect(page.getByTestId("resume-draft")).toHaveCount(0);
  await shoot(page, "history");
  await page.getByTestId("maturity-history").getByRole("link").nth(1).click();
  await expect(page).toHaveURL(firstUrl);
  expect(errors).toEqual([]);
});

test("an unknown or a malformed assessment id is the 404 inside the frame", async ({ page }) => {
  await login(page, "viewer@demo.costwise.dev");
  for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
    expect((await page.goto(`/maturity/${id}`))?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  }
});
