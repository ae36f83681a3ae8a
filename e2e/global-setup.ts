// Seeds the demo org (users, key, 90 days of usage) into the test database unless
// it is already there. Credentials are fixed through the environment.
import { ensureDemoData } from "../scripts/lib/demo-data";

export const E2E_PASSWORD = process.env.COSTWISE_DEMO_PASSWORD ?? "e2e-demo-password";

export default async function globalSetup() {
  if (process.env.E2E_BASE_URL) return; // running against an already-started instance
  if (!process.env.DATABASE_URL) throw new Error("e2e needs DATABASE_URL (run through `npm test`)");
  process.env.COSTWISE_DEMO_PASSWORD = E2E_PASSWORD;
  await ensureDemoData(process.env.DATABASE_URL, (s) => console.log(`[e2e] ${s}`), { persistCredentials: false });
}
