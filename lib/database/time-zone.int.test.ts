// Days are UTC everywhere: the app's connections pin TimeZone=UTC even though the
// test database defaults to UTC+14 (scripts/lib/test-database.ts).
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getPool, getPrisma } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { TEST_DATABASE_TIME_ZONE } from "@/scripts/lib/test-database";

describe("session time zone", () => {
  it("the test database itself defaults to a zone far from UTC", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      expect((await client.query("SHOW TimeZone")).rows[0].TimeZone).toBe(TEST_DATABASE_TIME_ZONE);
      const { rows } = await client.query(`SELECT ('2026-11-24T12:00:00Z'::timestamptz)::date::text AS day`);
      expect(rows[0].day).toBe("2026-11-25"); // noon UTC is already tomorrow at UTC+14
    } finally {
      await client.end();
    }
  });

  it("every pooled connection and Prisma run in UTC", async () => {
    const pool = getPool();
    const clients = await Promise.all([pool.connect(), pool.connect(), pool.connect()]);
    try {
      for (const c of clients) expect((await c.query("SHOW TimeZone")).rows[0].TimeZone).toBe("UTC");
    } finally {
      for (const c of clients) c.release();
    }
    const [row] = await sqlRows<{ day: string; midnight: string }>(
      pool,
      `SELECT ('2026-11-24T12:00:00Z'::timestamptz)::date AS day, ('2026-11-24'::date::timestamptz)::text AS midnight`,
    );
    expect(row).toEqual({ day: "2026-11-24", midnight: "2026-11-24 00:00:00+00" });
    const viaPrisma = await getPrisma().$queryRawUnsafe<{ tz: string }[]>("SELECT current_setting('TimeZone') AS tz");
    expect(viaPrisma[0].tz).toBe("UTC");
  });
});
