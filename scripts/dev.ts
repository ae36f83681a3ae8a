// npm run dev: like `npm run demo`, but with the Next.js dev server (hot reload).
import { assertReachable, ensurePrismaClient, migrate, resolveDatabase } from "./lib/database";
import { authSecret, ensureDemoData } from "./lib/demo-data";
import { bin, start } from "./lib/run";

async function main() {
  await ensurePrismaClient();
  const db = await resolveDatabase();
  await assertReachable(db.url);
  await migrate(db.url);
  const demo = await ensureDemoData(db.url, (s) => console.log(`[costwise] ${s}`));
  const port = process.env.PORT ?? "3000";
  console.log(`[costwise] demo password: ${demo.password}   API key: ${demo.apiKey}`);
  const server = start(process.execPath, [bin("next"), "dev", "-p", port], {
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  });
  const stop = async () => {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await db.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  server.on("exit", () => void db.stop().finally(() => process.exit(0)));
}

main().catch((err) => {
  console.error(`[costwise] ${(err as Error).message}`);
  process.exit(1);
});
