// npm test: lint → types → unit → integration (own database) → production
// build and client-bundle budgets → browser e2e (own database). Each step's time
// is printed; the first failure stops the run.
import { createTestDatabase } from "./lib/test-database";
import { ensurePrismaClient } from "./lib/database";
import { ensureBuild } from "./lib/build";
import { analyzeBuild, bundleViolations } from "./lib/bundle-check";
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
  // Tests run in a shuffled order every time, so a hidden dependence on order
  // fails here rather than later; the seed is printed to replay an order.
  const seed = Number(process.env.TEST_SEED ?? Math.floor(Math.random() * 1e9));
  const shuffle = ["--sequence.shuffle", `--sequence.seed=${seed}`];
  log(`vitest order: shuffled with seed ${seed} (replay with TEST_SEED=${seed} npm test)`);
  await step("unit tests", () => run(bin("vitest"), ["run", "--project", "unit", ...shuffle]));
  await step("integration tests (PostgreSQL)", () => run(bin("vitest"), ["run", "--project", "integration", ...shuffle]));
  await step("production build and client bundle budgets", async () => {
    await ensureBuild(log);
    const errors = bundleViolations(analyzeBuild(".next"));
    if (errors.length > 0) throw new Error(`client bundles: ${errors.join("; ")}`);
  });
  await step("browser e2e (Chromium)", async () => {
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
