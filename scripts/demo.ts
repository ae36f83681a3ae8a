// npm run demo: database (embedded unless DATABASE_URL) → migrations → demo data
// → production build if needed → serve on PORT. Ctrl-C stops it all cleanly.
import { assertReachable, ensurePrismaClient, migrate, resolveDatabase, type Database } from "./lib/database";
import { ensureBuild } from "./lib/build";
import { bin, describeExit, elapsed, start, stopChild, waitForHttp } from "./lib/run";
import { API_KEY_SCOPES } from "@/lib/auth/api-key-scopes";

const log = (s: string) => console.log(`[costwise] ${s}`);

async function main() {
  const t0 = Date.now();
  const port = Number(process.env.PORT ?? 3000);
  await ensurePrismaClient();
  // the demo data's code reaches the generated Prisma client (lib/db.ts): load it only once that exists
  const { authSecret, ensureDemoData } = await import("./lib/demo-data");
  const { DEMO_USERS } = await import("@/lib/demo/seed");
  let db: Database | undefined;
  let server: ReturnType<typeof start> | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("shutting down…");
    if (server) await stopChild(server);
    try {
      await db?.stop();
      if (db?.embedded) log("embedded database stopped");
    } catch (err) {
      log(`the database was already stopping: ${(err as Error).message}`);
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    log(process.env.DATABASE_URL ? "using DATABASE_URL" : "starting the embedded PostgreSQL (data in .data/pg)…");
    db = await resolveDatabase();
    await assertReachable(db.url);
    await migrate(db.url);
    log(`database ready and migrated (${elapsed(t0)})`);
    const demo = await ensureDemoData(db.url, log);
    if (!demo.seeded) log("reusing the existing demo data");
    await ensureBuild(log);
    const url = `http://localhost:${port}`;
    server = start(process.execPath, [bin("next"), "start", "-p", String(port)], {
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: authSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
      NEXT_TELEMETRY_DISABLED: "1",
    });
    server.on("exit", (code, signal) => {
      if (!stopping) {
        log(`the web server stopped unexpectedly (${describeExit(code, signal)}); stopping the database`);
        void shutdown(code || 1);
      }
    });
    await waitForHttp(`${url}/api/health`, 60_000, server);
    console.log(`
  Costwise is running at ${url}   (ready in ${elapsed(t0)})

  Log in with any of (password: ${demo.password})
${DEMO_USERS.map((u) => `    ${u.email.padEnd(28)} ${u.role}`).join("\n")}

  Demo API key (scopes: ${API_KEY_SCOPES.join(", ")}):
    ${demo.apiKey}

  Press Ctrl-C to stop.
`);
  } catch (err) {
    console.error(`\n[costwise] ${(err as Error).message}`);
    await shutdown(1);
  }
}

void main();
