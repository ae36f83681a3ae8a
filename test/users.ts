// A user with a password and a membership, for tests that sign in.
import { randomUUID } from "node:crypto";
import type { Queryable } from "@/lib/database/pool";
import { sqlRows } from "@/lib/database/pool";
import { hashPassword } from "@/lib/auth/password";

export async function createLoginUser(db: Queryable, orgId: string, password: string, role: "admin" | "lead" | "viewer" = "admin") {
  const email = `login-${randomUUID().slice(0, 8)}@test.costwise.dev`;
  const [u] = await sqlRows<{ id: string }>(db, `INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id`, [email, await hashPassword(password)]);
  await db.query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, $3)`, [orgId, u.id, role]);
  return { id: u.id, email };
}
