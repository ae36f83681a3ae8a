import { expect, test } from "@playwright/test";
import pg from "pg";
import { login } from "./login";

async function setRole(email: string, role: "admin" | "viewer") {
  if (!process.env.DATABASE_URL) throw new Error("needs DATABASE_URL of the test database (run through npm test)");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE memberships m SET role = $2 FROM users u WHERE u.id = m.user_id AND u.email = $1`, [email, role]);
  } finally {
    await client.end();
  }
}

test("a demotion applies to the very next request of a signed-in admin", async ({ page }) => {
  const email = "admin@demo.costwise.dev";
  await login(page, email);
  expect((await page.request.get("/api/v1/api-keys")).status()).toBe(200);
  await setRole(email, "viewer");
  try {
    expect((await page.request.get("/api/v1/api-keys")).status()).toBe(403);
    await page.goto("/settings/api-keys");
    await expect(page.getByText("Only admins can see and manage API keys")).toBeVisible();
  } finally {
    await setRole(email, "admin");
  }
  expect((await page.request.get("/api/v1/api-keys")).status()).toBe(200);
});
