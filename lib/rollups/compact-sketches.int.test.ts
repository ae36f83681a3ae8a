// Sketch compaction: shards written by concurrent ingest connections fold into
// shard 0 with exactly the same merged bits (nothing lost, nothing counted twice),
// and ingest after compaction keeps adding to it.
import { beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/lib/db";
import { sqlRows } from "@/lib/database/pool";
import { insertEventRows } from "@/lib/ingest/insert-events";
import { unknownUsers } from "@/lib/ingest/known-users";
import { compactUserSketches, COMPACT_EVERY_MS, scheduleSketchCompaction } from "@/lib/rollups/compact-sketches";
import { createOrg, event } from "@/test/fixtures";

describe("user-sketch compaction", () => {
  let org: Awaited<ReturnType<typeof createOrg>>;
  const merged = () =>
    sqlRows<{ span: number; start: string; feature_id: string; bits: string; n: bigint }>(
      getPool(),
      `SELECT span, start::text, feature_id, bit_or(bits)::text AS bits, hll_distinct(bit_or(bits)) AS n FROM feature_user_sketches WHERE org_id = $1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [org.orgId],
    );
  /** distinct users per feature key in the 64-day block */
  const users64 = (rows: { span: number; feature_id: string; n: bigint }[]) =>
    Object.fromEntries(rows.filter((r) => r.span === 64).map((r) => [r.feature_id === org.features.chat ? "chat" : "search", Number(r.n)]));
  const shards = async () => (await sqlRows<{ shard: number }>(getPool(), `SELECT DISTINCT shard FROM feature_user_sketches WHERE org_id = $1 ORDER BY 1`, [org.orgId])).map((r) => r.shard);
  const ingest = async (shard: number, users: string[], day: string, feature: "chat" | "search" = "chat") => {
    const rows = users.map((u) => event({ teamId: org.teamId, featureId: org.features[feature] }, { ts: `${day}T10:00:00Z`, endUserId: u }));
    await insertEventRows(getPool(), org.orgId, rows, { rollups: true, shard, users: unknownUsers(rows).users });
  };

  beforeAll(async () => {
    org = await createOrg(getPool(), "Compaction org");
  });

  it("folds every shard into shard 0 with the same merged sketches, and later batches add to them", async () => {
    // three connections' shards, overlapping users, two days, two features
    await ingest(3, ["a", "b", "c"], "2026-09-02");
    await ingest(5, ["c", "d"], "2026-09-02");
    await ingest(0, ["e"], "2026-09-03");
    await ingest(7, ["a", "x"], "2026-09-03", "search");
    const before = await merged();
    expect(await shards()).toEqual([0, 3, 5, 7]);
    expect(users64(before)).toEqual({ chat: 5, search: 2 }); // chat: a–e; search: a, x

    expect(await compactUserSketches(org.orgId)).toBeGreaterThan(0);
    expect(await shards()).toEqual([0]);
    expect(await merged()).toEqual(before);
    const [{ rows }] = await sqlRows<{ rows: bigint }>(getPool(), `SELECT count(*) AS rows FROM feature_user_sketches WHERE org_id = $1`, [org.orgId]);
    expect(Number(rows)).toBe(before.length); // one row per (block, feature)

    await ingest(9, ["f", "a"], "2026-09-02");
    const after = await merged();
    expect(users64(after)).toEqual({ chat: 6, search: 2 });
    await compactUserSketches(org.orgId);
    expect(await shards()).toEqual([0]);
    expect(await merged()).toEqual(after);
    expect(await compactUserSketches(org.orgId)).toBe(0); // nothing left to fold
  });

  it("is scheduled at most once per interval per org in a process", () => {
    const id = "00000000-0000-4000-8000-00000000c0de"; // no such org: the background run folds nothing
    expect(scheduleSketchCompaction(id, 1_000_000)).toBe(true);
    expect(scheduleSketchCompaction(id, 1_000_000 + COMPACT_EVERY_MS - 1)).toBe(false);
    expect(scheduleSketchCompaction(id, 1_000_000 + COMPACT_EVERY_MS)).toBe(true);
  });
});
