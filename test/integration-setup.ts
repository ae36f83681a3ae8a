// Vitest global setup for *.int.test.ts: a fresh database unless the test runner
// (scripts/test.ts) already made one for this run.
import { createTestDatabase } from "../scripts/lib/test-database";

export default async function setup() {
  if (process.env.COSTWISE_TEST_DATABASE_READY === "1") return;
  const db = await createTestDatabase((s) => console.log(`[int] ${s}`));
  process.env.DATABASE_URL = db.url;
  return async () => db.drop();
}
