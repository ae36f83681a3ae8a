import { expect, test } from "@playwright/test";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";

// A user of its own, so locking it out affects no other test.
async function createUser(email: string, password: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const org = await client.query(`SELECT id FROM orgs WHERE slug = 'demo'`);
    const user = await client.query(`INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id`, [email, await hashPassword(password)]);
    await client.query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, 'viewer')`, [org.rows[0].id, user.rows[0].id]);
  } finally {
    await client.end();
  }
}

test("after repeated wrong passwords the login form says the account is locked, and the right password is refused", async ({ page }) => {
  const email = `lockout-${randomUUID().slice(0, 8)}@e2e.costwise.dev`;
  await createUser(email, "the-right-password");
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await page.getByLabel("Password").fill("the-right-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Too many failed sign-in attempts. Sign-in is locked for 15 minutes");
  await expect(page).toHaveURL(/\/login/);
});
