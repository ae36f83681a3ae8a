// npm run bench:ingest [-- N]: the production server on a fresh database, N events
// (default 1,000,000) in 500-event batches from a separate client process with 10
// concurrent connections; then the raw ceiling: COPY of the same rows into the
// same table. Verifies stored = distinct sent = daily and hourly rollup counts.
// Last line is machine-readable.
import { spawn } from "node:child_process";
import os from "node:os";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pgConfigFromUrl } from "@/prisma/pg-config";
import { generateApiKey } from "@/lib/auth/api-keys";
import { catalogPrice } from "@/lib/pricing/catalog";
import { computeCostNano } from "@/lib/pricing/cost";
import { createTestDatabase } from "./lib/test-database";
import { ensureBuild } from "./lib/build";
import { ensurePrismaClient } from "./lib/database";
import { bin, elapsed, start, waitForHttp } from "./lib/run";
import { benchEvent } from "./lib/bench-events";

const N = Number(process.argv[2] ?? process.env.BENCH_EVENTS ?? 1_000_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const log = (s: string) => console.log(`[bench] ${s}`);

async function runClient(url: string, key: string, runId: string, base: number) {
  return new Promise<{ seconds: number; requests: number; accepted: number; duplicate: number; rejected: number; errors: number; p50: number; p99: number; max: number }>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench-client.ts", url, key, String(N), String(BATCH), String(CONCURRENCY), runId, String(base)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!)) : reject(new Error(`client exited ${code}`))));
  });
}

/** COPY the same N events (priced) into usage_events for a second org: the raw ceiling. Rows are prepared before timing. */
async function copyCeiling(client: pg.Client, orgId: string, teamId: string, featureId: string, runId: string, base: number): Promise<number> {
  const chunks: string[] = [];
  let chunk = "";
  for (let i = 0; i < N; i++) {
    const e = benchEvent(i, runId, base);
    const price = catalogPrice(e.model)!;
    const cost = computeCostNano(e, price.prices);
    chunk += `${orgId}\t${e.eventId}\t${e.timestamp}\t${price.provider}\t${e.model}\t${teamId}\t${featureId}\t${e.userId}\t${e.inputTokens}\t${e.outputTokens}\t${e.cachedInputTokens}\t${cost}\tcomputed\t${e.latencyMs}\t${e.traceId}\n`;
    if (chunk.length > 1 << 20) {
      chunks.push(chunk);
      chunk = "";
    }
  }
  chunks.push(chunk);
  const t = process.hrtime.bigint();
  const stream = client.query(copyFrom(`COPY usage_events (org_id, event_id, ts, provider, model, team_id, feature_id, end_user_id, input_tokens, output_tokens, cached_input_tokens, cost_nano, cost_source, latency_ms, trace_id) FROM STDIN`));
  await pipeline(Readable.from(chunks), stream);
  return Number(process.hrtime.bigint() - t) / 1e9;
}

async function main() {
  await ensurePrismaClient();
  await ensureBuild(log);
  const db = await createTestDatabase(log);
  const admin = new pg.Client(pgConfigFromUrl(db.url));
  await admin.connect();
  let server: ReturnType<typeof start> | undefined;
  try {
    const key = generateApiKey();
    const { rows: [org] } = await admin.query(`INSERT INTO orgs (name, slug) VALUES ('Bench', 'bench') RETURNING id`);
    await admin.query(`INSERT INTO api_keys (org_id, name, prefix, hash, scopes) VALUES ($1, 'bench', $2, $3, '{ingest}')`, [org.id, key.prefix, key.hash]);
    // BENCH_SERVER_PROFILE=dir writes a CPU profile of the server to dir
    const profile = process.env.BENCH_SERVER_PROFILE ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_SERVER_PROFILE] : [];
    server = start(process.execPath, [...profile, bin("next"), "start", "-p", String(PORT)], {
      DATABASE_URL: db.url, NEXTAUTH_SECRET: "bench", NEXT_TELEMETRY_DISABLED: "1",
      COSTWISE_RATE_LIMIT_PER_S: "1000000", COSTWISE_RATE_LIMIT_BURST: "1000000", DATABASE_POOL_SIZE: String(CONCURRENCY + 2),
    });
    await waitForHttp(`http://localhost:${PORT}/api/health`);
    const runId = `b${Date.now().toString(36)}`;
    const base = Date.now();
    log(`sending ${N.toLocaleString("en-US")} events in ${BATCH}-event batches over ${CONCURRENCY} connections…`);
    const t0 = Date.now();
    const r = await runClient(`http://localhost:${PORT}/api/v1/events`, key.secret, runId, base);
    log(`client finished in ${elapsed(t0)} (including building its request bodies)`);
    const { rows: [stored] } = await admin.query(`SELECT count(*)::int AS n FROM usage_events WHERE org_id = $1 AND event_id LIKE $2`, [org.id, `${runId}-%`]);
    const { rows: [rolled] } = await admin.query(`SELECT sum(requests)::int8 AS n FROM daily_rollups WHERE org_id = $1`, [org.id]);
    const { rows: [hourly] } = await admin.query(`SELECT coalesce(sum(requests), 0)::int8 AS n, count(*)::int AS rows FROM hourly_rollups WHERE org_id = $1`, [org.id]);
    // every traced event is a step of its trace, folded or still pending (lib/rollups/fold-traces.ts)
    const { rows: [traced] } = await admin.query(
      `SELECT (SELECT count(*) FROM usage_events WHERE org_id = $1 AND trace_id IS NOT NULL)::int8 AS events,
              (SELECT coalesce(sum(steps), 0) FROM trace_rollups WHERE org_id = $1)::int8 AS folded,
              (SELECT coalesce(sum(steps), 0) FROM trace_partials WHERE org_id = $1)::int8 AS pending,
              (SELECT count(*) FROM trace_partials WHERE org_id = $1)::int AS pending_rows`,
      [org.id],
    );

    server.kill("SIGTERM");
    await new Promise((res) => server!.once("exit", res));
    server = undefined;

    const { rows: [org2] } = await admin.query(`INSERT INTO orgs (name, slug) VALUES ('Copy', 'copy') RETURNING id`);
    const { rows: [team] } = await admin.query(`INSERT INTO teams (org_id, key, name) VALUES ($1, 't', 't') RETURNING id`, [org2.id]);
    const { rows: [feature] } = await admin.query(`INSERT INTO features (org_id, key, name) VALUES ($1, 'f', 'f') RETURNING id`, [org2.id]);
    log("measuring the raw ceiling: COPY of the same rows into usage_events…");
    const copySeconds = await copyCeiling(admin, org2.id, team.id, feature.id, runId, base);

    const ingestRate = N / r.seconds;
    const copyRate = N / copySeconds;
    const ok = stored.n === N && r.errors === 0 && r.accepted === N && Number(rolled.n) === N + 1 && Number(hourly.n) === N + 1 &&
      Number(traced.folded) + Number(traced.pending) === Number(traced.events);
    console.log(`
| measure | value |
|---|---|
| events sent (distinct) | ${N.toLocaleString("en-US")} in ${r.requests} requests of ${BATCH} |
| events stored | ${stored.n.toLocaleString("en-US")} (rollups count ${Number(rolled.n).toLocaleString("en-US")}, incl. 1 warm-up) |
| hourly rollups | count ${Number(hourly.n).toLocaleString("en-US")} in ${hourly.rows.toLocaleString("en-US")} rows when the server stopped |
| trace steps | ${Number(traced.folded).toLocaleString("en-US")} folded + ${Number(traced.pending).toLocaleString("en-US")} pending (${traced.pending_rows.toLocaleString("en-US")} partial rows) of ${Number(traced.events).toLocaleString("en-US")} traced events |
| non-200 responses | ${r.errors} |
| ingest through HTTP | ${Math.round(ingestRate).toLocaleString("en-US")} events/s (${r.seconds.toFixed(1)} s) |
| raw COPY ceiling | ${Math.round(copyRate).toLocaleString("en-US")} rows/s (${copySeconds.toFixed(1)} s) |
| ratio | ${((ingestRate / copyRate) * 100).toFixed(1)}% |
| request latency p50 / p99 / max | ${r.p50.toFixed(1)} / ${r.p99.toFixed(1)} / ${r.max.toFixed(1)} ms |
| machine | ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version} |
${ok ? "" : "\nVERIFICATION FAILED: stored/accepted counts do not match what was sent\n"}`);
    console.log(`RESULT ingest_events_per_s=${Math.round(ingestRate)} copy_rows_per_s=${Math.round(copyRate)} ratio=${(ingestRate / copyRate).toFixed(3)} p50_ms=${r.p50.toFixed(1)} p99_ms=${r.p99.toFixed(1)} stored=${stored.n} sent=${N}`);
    if (!ok) process.exitCode = 1;
  } finally {
    server?.kill("SIGTERM");
    await admin.end();
    await db.drop();
  }
}

main().catch((err) => {
  console.error(`[bench] FAILED: ${(err as Error).message}`);
  process.exit(1);
});
