// Browser tests in Debian's Chromium against the production build. The test
// runner (scripts/test.ts) provides DATABASE_URL (a per-run database), a built app
// and E2E_PORT; webServer starts `next start` on it.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  // The global setup seeds through server-only modules; this tsconfig maps the
  // `server-only` marker to a no-op outside Next.js (see scripts/lib/server-only-noop.ts).
  tsconfig: "./tsconfig.scripts.json",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL,
    viewport: { width: 1440, height: 1000 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `node node_modules/.bin/next start -p ${port}`,
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 60_000,
        env: {
          NEXTAUTH_URL: baseURL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret", NEXT_TELEMETRY_DISABLED: "1",
          // e2e/webhooks.spec.ts delivers to a receiver on 127.0.0.1, retrying within seconds
          COSTWISE_ALLOW_PRIVATE_WEBHOOKS: "1", COSTWISE_WEBHOOK_RETRY_BASE_MS: "1000",
        },
      },
});
