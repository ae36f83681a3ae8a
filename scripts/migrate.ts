// npm run db:migrate: apply committed migrations to DATABASE_URL (or the embedded database).
import { assertReachable, ensurePrismaClient, migrate, resolveDatabase } from "./lib/database";

async function main() {
  await ensurePrismaClient();
  const db = await resolveDatabase();
  try {
    await assertReachable(db.url);
    await migrate(db.url);
    console.log("[costwise] migrations applied");
  } finally {
    await db.stop();
  }
}

main().catch((err) => {
  console.error(`[costwise] ${(err as Error).message}`);
  process.exit(1);
});
