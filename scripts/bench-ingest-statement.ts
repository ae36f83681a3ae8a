// A/B of the ingest statement alone (no HTTP, no validation): this tree's
// insertEventRows against another version's, on one fresh database.
//   git show <commit>:lib/ingest/insert-events.ts > scripts/lib/insert-events-base.ts   (git-ignored)
//   npx tsx --tsconfig tsconfig.scripts.json scripts/bench-ingest-statement.ts [spread|ordered] [rounds] [batch pairs per connection]
// Each of 10 connections runs 500-event batches, one transaction each, alternating
// base and new in ABBA order, so load from anything else on the machine falls on
// both alike (whole-run A/B on a shared machine varies by ±25%). Events follow
// npm run bench:ingest (scripts/lib/bench-events.ts): `spread` keeps its random
// timestamps over two days (a batch touches ~48 hours), `ordered` sends them in
// time order (a batch spans seconds), as SDKs that flush every few seconds do.
import path from "node:path";
import pg from "pg";
import { pgConfigFromUrl } from "@/prisma/pg-config";
import { catalogPrice } from "@/lib/pricing/catalog";
import { computeCostNano } from "@/lib/pricing/cost";
import { insertEventRows, type EventRow } from "@/lib/ingest/insert-events";
import { benchEvent } from "./lib/bench-events";
import { createTestDatabase } from "./lib/test-database";

const MODE = process.argv[2] ?? "spread";
const ROUNDS = Number(process.argv[3] ?? 7);
const PAIRS = Number(process.argv[4] ?? 10);
const CONN = 10;
const BATCH = 500;
const VARIANTS = ["base", "new"] as const;
type Variant = (typeof VARIANTS)[number];
type Org = { id: string; teams: string[]; features: string[] };

async function createOrg(c: pg.Client, slug: string): Promise<Org> {
  const { rows: [o] } = await c.query<{ id: string }>(`INSERT INTO orgs (name, slug) VALUES ($1, $1) RETURNING id`, [slug]);
  const key = async (table: string, k: string) => (await c.query<{ id: string }>(`INSERT INTO ${table} (org_id, key, name) VALUES ($1, $2, $2) RETURNING id`, [o.id, k])).rows[0].id;
  const teams = await Promise.all(["support", "growth", "platform"].map((k) => key("teams", k)));
  const features = await Promise.all(Array.from({ length: 8 }, (_, i) => key("features", `f${i}`)));
  return { id: o.id, teams, features };
}

async function main() {
  const base: { insertEventRows: typeof insertEventRows } = await import(path.resolve("scripts/lib/insert-events-base.ts"));
  const insert: Record<Variant, typeof insertEventRows> = { base: base.insertEventRows, new: insertEventRows };
  const db = await createTestDatabase();
  const admin = new pg.Client(pgConfigFromUrl(db.url));
  await admin.connect();
  const pool = new pg.Pool({ ...pgConfigFromUrl(db.url), max: CONN });
  try {
    const orgs: Record<Variant, Org> = { base: await createOrg(admin, "base"), new: await createOrg(admin, "new") };
    const start = Date.parse("2026-12-01T00:00:00Z");
    let seq = 0;
    const batch = (org: Org): EventRow[] =>
      Array.from({ length: BATCH }, () => {
        const i = seq++;
        const e = benchEvent(i, "s", start + 2 * 86_400_000);
        const p = catalogPrice(e.model)!;
        return {
          eventId: e.eventId, ts: MODE === "ordered" ? new Date(start + i * 20).toISOString() : e.timestamp,
          provider: p.provider, model: e.model, requestedModel: null, tier: null, teamId: org.teams[i % 3], featureId: org.features[i % 8],
          endUserId: e.userId, inputTokens: e.inputTokens, outputTokens: e.outputTokens, cachedInputTokens: e.cachedInputTokens,
          cacheWriteTokens: 0, reasoningTokens: 0, costNano: computeCostNano(e, p.prices), costSource: "computed", latencyMs: e.latencyMs,
          status: "ok", cacheHit: false, traceId: e.traceId, spanId: null, parentSpanId: null, qualityScore: null, hallucination: null, guardrailBlocked: null,
        };
      });
    const msPerBatch: Record<Variant, number[]> = { base: [], new: [] };
    for (let r = 0; r < ROUNDS; r++) {
      const ns: Record<Variant, bigint> = { base: 0n, new: 0n };
      await Promise.all(
        Array.from({ length: CONN }, async (_, shard) => {
          const c = await pool.connect();
          try {
            for (let b = 0; b < PAIRS * 2; b++) {
              const v: Variant = (b % 2 === 0) === (Math.floor(b / 2) % 2 === 0) ? "base" : "new";
              const rows = batch(orgs[v]);
              const t = process.hrtime.bigint();
              await c.query("BEGIN");
              await insert[v](c, orgs[v].id, rows, { rollups: true, shard });
              await c.query("COMMIT");
              ns[v] += process.hrtime.bigint() - t;
            }
          } finally {
            c.release();
          }
        }),
      );
      for (const v of VARIANTS) msPerBatch[v].push(Number(ns[v]) / 1e6 / (CONN * PAIRS));
      console.log(`round ${r}: ms per batch base ${msPerBatch.base[r].toFixed(2)} new ${msPerBatch.new[r].toFixed(2)}`);
    }
    const costs = msPerBatch.base.map((b, i) => msPerBatch.new[i] / b - 1);
    const median = [...costs].sort((a, b) => a - b)[Math.floor(costs.length / 2)];
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(`RESULT mode=${MODE} per_round_extra_time=${costs.map(pct).join(",")} median=${pct(median)}`);
  } finally {
    await pool.end();
    await admin.end();
    await db.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
