// npm test: lint → types → unit → integration (own database) → browser e2e
// (own database, production build). Each step's time is printed; the first
// failure stops the run.
import { createTestDatabase } from "./lib/test-database";
import { ensurePrismaClient } from "./lib/database";
import { ensureBuild } from "./lib/build";
import { bin, elapsed, run } from "./lib/run";

const log = (s: string) => console.log(`\n[test] ${s}`);

async function step(name: string, fn: () => Promise<void>) {
  const t = Date.now();
  log(`${name}…`);
  await fn();
  log(`${name} passed (${elapsed(t)})`);
}

async function main() {
  const t0 = Date.now();
  await ensurePrismaClient();
  await step("lint", () => run(bin("eslint"), [".", "--max-warnings=0"]));
  await step("types", () => run(bin("tsc"), ["--noEmit"]));
  await step("unit tests", () => run(bin("vitest"), ["run", "--project", "unit"]));
  await step("integration tests (PostgreSQL)", () => run(bin("vitest"), ["run", "--project", "integration"]));
  await step("browser e2e (Chromium)", async () => {
    await ensureBuild(log);
    const db = await createTestDatabase(log);
    try {
      await run(bin("playwright"), ["test"], {
        DATABASE_URL: db.url,
        E2E_PORT: process.env.E2E_PORT ?? "3100",
        COSTWISE_DEMO_PASSWORD: "e2e-demo-password",
        NEXTAUTH_SECRET: "e2e-secret",
      });
    } finally {
      await db.drop();
    }
  });
  log(`all tests passed in ${elapsed(t0)}`);
}

main().catch((err) => {
  console.error(`\n[test] FAILED: ${(err as Error).message.split("\n")[0]}`);
  process.exit(1);
});
