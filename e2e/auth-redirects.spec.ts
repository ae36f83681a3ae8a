import { expect, test } from "@playwright/test";
import { E2E_PASSWORD } from "./global-setup";

async function submitLogin(page: import("@playwright/test").Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

for (const callbackUrl of ["//evil.example/x", "/\\evil.example/x", "https://localhost:3000.evil.example/"]) {
  test(`sign-in ignores an off-site callbackUrl (${callbackUrl})`, async ({ page, baseURL }) => {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await submitLogin(page, "viewer@demo.costwise.dev");
    await page.waitForURL("**/overview");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
}

test("a signed-out deep link comes back to its page after sign-in", async ({ page }) => {
  await page.goto("/settings/prices");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsettings%2Fprices$/);
  await submitLogin(page, "viewer@demo.costwise.dev");
  await page.waitForURL("**/settings/prices");
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
});
