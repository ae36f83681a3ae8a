import { describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { sketchHex, SKETCH_BITS, userPositions } from "@/lib/ingest/user-sketch";

// The SQL functions of the sketch migration (hll_positions, hll_bits, hll_distinct)
// against exactly known sets of user ids built in PostgreSQL.
const estimate = async (sql: string, params: unknown[] = []) => Number((await sqlRows<{ n: bigint }>(getPool(), sql, params))[0].n);
const setOf = (prefix: string, n: string) =>
  `hll_bits(array(SELECT unnest(hll_positions('${prefix}' || i)) FROM generate_series(1, ${n}) AS i))`;

describe("user sketches (HyperLogLog, 4,096 registers)", () => {
  it("counts small sets exactly and an empty sketch as 0", async () => {
    expect(await estimate(`SELECT hll_distinct(hll_bits('{}')) AS n`)).toBe(0);
    expect(await estimate(`SELECT hll_distinct(NULL) AS n`)).toBe(0);
    for (const n of [1, 2, 3, 10, 50]) expect(await estimate(`SELECT hll_distinct(${setOf("small-", String(n))}) AS n`)).toBe(n);
  });

  it("stays within the documented error: RMS ≤ 2% over 30 independent sets of 10,000 users, none off by more than 5%", async () => {
    const rows = await sqlRows<{ n: bigint }>(
      getPool(),
      `SELECT hll_distinct(hll_bits(array(SELECT unnest(hll_positions('set' || s || '-' || i)) FROM generate_series(1, 10000) AS i))) AS n
         FROM generate_series(1, 30) AS s`,
    );
    const errors = rows.map((r) => Number(r.n) / 10_000 - 1);
    const rms = Math.sqrt(errors.reduce((s, e) => s + e * e, 0) / errors.length);
    expect(rms).toBeLessThanOrEqual(0.02);
    expect(Math.max(...errors.map(Math.abs))).toBeLessThanOrEqual(0.05);
    // and it is not exact by accident: the sets do differ in their estimates
    expect(new Set(rows.map((r) => r.n)).size).toBeGreaterThan(1);
  });

  it("stays within 5% from 1,000 to 300,000 users", async () => {
    for (const n of [1_000, 30_000, 300_000]) {
      const got = await estimate(`SELECT hll_distinct(${setOf("big-", String(n))}) AS n`);
      expect(Math.abs(got / n - 1)).toBeLessThanOrEqual(0.05);
    }
  });

  it("merges with bit_or: overlapping sets count their union once", async () => {
    // A = 1..6000, B = 4001..10000: union 10,000
    const union = await estimate(
      `SELECT hll_distinct(bit_or(b)) AS n FROM (
         SELECT hll_bits(array(SELECT unnest(hll_positions('m' || i)) FROM generate_series(1, 6000) AS i)) AS b
         UNION ALL SELECT hll_bits(array(SELECT unnest(hll_positions('m' || i)) FROM generate_series(4001, 10000) AS i))) AS s`,
    );
    expect(Math.abs(union / 10_000 - 1)).toBeLessThanOrEqual(0.05);
  });

  it("builds in JavaScript exactly the bits PostgreSQL builds", async () => {
    const users = ["alice", "bob", "ünïcødé", "😀", "", "x".repeat(300), ...Array.from({ length: 500 }, (_, i) => `user-${i}`)];
    for (const u of users.slice(0, 6)) {
      const [row] = await sqlRows<{ p: number[] }>(getPool(), `SELECT hll_positions($1) AS p`, [u]);
      expect(row.p).toEqual(userPositions(u));
    }
    const [row] = await sqlRows<{ same: boolean }>(
      getPool(),
      `SELECT ('x' || $1)::bit(${SKETCH_BITS}) = hll_bits(array(SELECT unnest(hll_positions(u)) FROM unnest($2::text[]) AS u)) AS same`,
      [sketchHex(users), users],
    );
    expect(row.same).toBe(true);
  });
});
