// npm run dev: like `npm run demo`, but with the Next.js dev server (hot reload).
import { assertReachable, ensurePrismaClient, migrate, resolveDatabase } from "./lib/database";
import { bin, describeExit, start, stopChild } from "./lib/run";

async function main() {
  await ensurePrismaClient();
  // the demo data's code reaches the generated Prisma client (lib/db.ts): load it only once that exists
  const { authSecret, ensureDemoData } = await import("./lib/demo-data");
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
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopChild(server);
    await db.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`[costwise] the dev server stopped unexpectedly (${describeExit(code, signal)}); stopping the database`);
    void stop(code || 1);
  });
}

main().catch((err) => {
  console.error(`[costwise] ${(err as Error).message}`);
  process.exit(1);
});
