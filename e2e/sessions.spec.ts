import { expect, test } from "@playwright/test";
import { login } from "./login";

test("a session cookie captured before sign-out is refused after it", async ({ page, browser, baseURL }) => {
  await login(page, "viewer@demo.costwise.dev");
  const captured = await page.context().cookies();
  expect(captured.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
  expect((await page.request.get("/api/v1/overview?range=7d")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL("**/login");

  const replay = await browser.newContext({ baseURL });
  try {
    await replay.addCookies(captured);
    const res = await replay.request.get("/api/v1/overview?range=7d");
    expect(res.status()).toBe(401);
  } finally {
    await replay.close();
  }
});
