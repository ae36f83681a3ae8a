// npm run bench:budget-status [-- seconds]: throughput and latency of the gateway
// enforcement hook (GET /api/v1/budgets/status) against the server's own ceiling
// (GET /api/health, one `SELECT 1` per request), measured in the same run on the
// production build: a fresh database with an org, a budgets:read key, team and
// feature budgets and 30 days of spend; then a load generator in its own process
// with 10 keep-alive connections, for N seconds per endpoint (default 15; health,
// then status by team, then status by feature). The per-key rate limit is raised
// for the run (COSTWISE_RATE_LIMIT_PER_S) so it measures the hook, not the limiter.
// Target: status ≥ 80% of health's req/s with p95 ≤ 20 ms. Then alert latency:
// batches that cross a budget's 50/80/100% at once are posted to /api/v1/events and
// the time until the three threshold alerts exist is measured (evaluation runs as a
// queue job after the batch commits; the issue allows 10 s). Last line machine-readable.
import os from "node:os";
import { spawn } from "node:child_process";
import pg from "pg";
import { pgConfigFromUrl } from "@/prisma/pg-config";
import { generateApiKey } from "@/lib/auth/api-keys";
import { insertEventRows } from "@/lib/ingest/insert-events";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { event } from "@/test/fixtures";
import { createTestDatabase } from "./lib/test-database";
import { ensureBuild } from "./lib/build";
import { ensurePrismaClient } from "./lib/database";
import { bin, start, stopChild, waitForHttp } from "./lib/run";

const SECONDS = Number(process.argv[2] ?? process.env.BENCH_SECONDS ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 3220);
const CONCURRENCY = 10;
const log = (s: string) => console.log(`[bench] ${s}`);
type Result = { requests: number; seconds: number; rps: number; p50: number; p95: number; p99: number; max: number; errors: number };

const LATENCY_TRIALS = 5;

async function seed(url: string): Promise<{ key: string; orgId: string; latencyBudgets: string[] }> {
  const db = new pg.Client(pgConfigFromUrl(url));
  await db.connect();
  try {
    const q = async (text: string, values: unknown[]) => (await db.query(text, values)).rows[0] as { id: string };
    const org = await q(`INSERT INTO orgs (name, slug) VALUES ('Bench', 'bench') RETURNING id`, []);
    const team = await q(`INSERT INTO teams (org_id, key, name) VALUES ($1, 'support', 'Support') RETURNING id`, [org.id]);
    const feature = await q(`INSERT INTO features (org_id, key, name, team_id) VALUES ($1, 'support-chat', 'Support chat', $2) RETURNING id`, [org.id, team.id]);
    const rows = [];
    const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
    for (let i = 0; i < 3000; i++) rows.push(event({ teamId: team.id, featureId: feature.id }, { ts: new Date(today - (i % 30) * 86_400_000 + (i % 1000) * 1000).toISOString(), costNano: 40_000_000n }));
    await insertEventRows(db, org.id, rows);
    await db.query("BEGIN");
    await rebuildDailyRollups(db, org.id);
    await db.query("COMMIT");
    for (const [scope, period, amount, hard] of [["team", "month", 500, true], ["team", "week", 150, false], ["feature", "month", 400, false]] as const) {
      await db.query(`INSERT INTO budgets (org_id, name, scope, team_id, feature_id, period, amount_nano, hard) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
        org.id, `${scope} ${period}`, scope, scope === "team" ? team.id : null, scope === "feature" ? feature.id : null, period, BigInt(amount) * 1_000_000_000n, hard,
      ]);
    }
    // one team per latency trial, each with a $1 monthly budget and no spend yet
    const latencyBudgets: string[] = [];
    for (let i = 1; i <= LATENCY_TRIALS; i++) {
      const t = await q(`INSERT INTO teams (org_id, key, name) VALUES ($1, $2, $2) RETURNING id`, [org.id, `latency-${i}`]);
      latencyBudgets.push((await q(`INSERT INTO budgets (org_id, name, scope, team_id, period, amount_nano) VALUES ($1, $2, 'team', $3, 'month', 1000000000) RETURNING id`, [org.id, `latency ${i}`, t.id])).id);
    }
    const key = generateApiKey();
    await db.query(`INSERT INTO api_keys (org_id, name, prefix, hash, scopes) VALUES ($1, 'bench', $2, $3, $4)`, [org.id, key.prefix, key.hash, ["budgets:read", "ingest"]]);
    return { key: key.secret, orgId: org.id, latencyBudgets };
  } finally {
    await db.end();
  }
}

function load(url: string, authorization: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench-load.ts", url, authorization, String(CONCURRENCY), String(SECONDS)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!) as Result) : reject(new Error(`load generator exited with ${code}`))));
  });
}

/** Per trial: post a batch costing $3.50 for a team with a $1 budget; ms from the 200 until its 50/80/100% alerts all exist. */
async function alertLatency(url: string, base: string, key: string, orgId: string, budgets: string[]): Promise<number[]> {
  const db = new pg.Client(pgConfigFromUrl(url));
  await db.connect();
  const out: number[] = [];
  try {
    for (const [i, budgetId] of budgets.entries()) {
      const batch = Array.from({ length: 10 }, (_, k) => ({ eventId: `latency-${i}-${k}`, timestamp: new Date().toISOString(), model: "gpt-4o", team: `latency-${i + 1}`, feature: "latency", inputTokens: 100_000, outputTokens: 10_000 }));
      const res = await fetch(`${base}/api/v1/events`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ batch }) });
      if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
      const t0 = Date.now();
      for (;;) {
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM alerts WHERE org_id = $1 AND budget_id = $2 AND kind = 'budget_threshold'`, [orgId, budgetId]);
        if (rows[0].n >= 3) break;
        if (Date.now() - t0 > 60_000) throw new Error(`no alerts 60 s after trial ${i + 1}'s batch`);
        await new Promise((r) => setTimeout(r, 50));
      }
      out.push(Date.now() - t0);
      log(`alert latency trial ${i + 1}: ${out[i]} ms`);
      await new Promise((r) => setTimeout(r, 1000 + Math.random() * 3000)); // land anywhere in the next throttle window
    }
  } finally {
    await db.end();
  }
  return out;
}

async function main() {
  await ensurePrismaClient();
  await ensureBuild(log);
  const db = await createTestDatabase(log);
  let server: ReturnType<typeof start> | undefined;
  try {
    const { key, orgId, latencyBudgets } = await seed(db.url);
    server = start(process.execPath, [bin("next"), "start", "-p", String(PORT)], {
      DATABASE_URL: db.url, NEXTAUTH_SECRET: "bench", NEXTAUTH_URL: `http://localhost:${PORT}`, NEXT_TELEMETRY_DISABLED: "1", COSTWISE_RATE_LIMIT_PER_S: "1000000", COSTWISE_RATE_LIMIT_BURST: "1000000",
    });
    const base = `http://localhost:${PORT}`;
    await waitForHttp(`${base}/api/health`, 60_000, server);
    const check = await fetch(`${base}/api/v1/budgets/status?team=support`, { headers: { authorization: `Bearer ${key}` } });
    if (check.status !== 200) throw new Error(`status answered ${check.status}: ${await check.text()}`);
    log(`status answers ${await check.text()}`);
    const runs: [string, Result][] = [];
    for (const [name, path, auth] of [["health", "/api/health", ""], ["status?team", "/api/v1/budgets/status?team=support", `Bearer ${key}`], ["status?feature", "/api/v1/budgets/status?feature=support-chat", `Bearer ${key}`]] as const) {
      log(`${name}: ${CONCURRENCY} connections for ${SECONDS} s…`);
      const r = await load(`${base}${path}`, auth);
      log(`${name}: ${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, ${r.errors} non-200`);
      runs.push([name, r]);
    }
    const latencies = await alertLatency(db.url, base, key, orgId, latencyBudgets);
    const health = runs[0][1];
    const worst = runs.slice(1).reduce((a, b) => (b[1].rps < a[1].rps ? b : a));
    const ratio = worst[1].rps / health.rps;
    const p95 = Math.max(...runs.slice(1).map(([, r]) => r.p95));
    console.log(`
| endpoint | req/s | p50 ms | p95 ms | p99 ms | non-200 |
|---|---|---|---|---|---|
${runs.map(([n, r]) => `| ${n} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} |`).join("\n")}

Alert latency (batch acknowledged → its three threshold alerts stored), ${latencies.length} trials: ${latencies.map((l) => `${(l / 1000).toFixed(1)} s`).join(", ")}.

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}, Node ${process.version}; ${CONCURRENCY} keep-alive connections, ${SECONDS} s each after 2 s warm-up.
`);
    console.log(`RESULT health_rps=${health.rps.toFixed(0)} status_rps=${worst[1].rps.toFixed(0)} ratio=${ratio.toFixed(2)} status_p95_ms=${p95.toFixed(2)} alert_latency_max_s=${(Math.max(...latencies) / 1000).toFixed(1)} pass=${ratio >= 0.8 && p95 <= 20 && runs.every(([, r]) => r.errors === 0)}`);
    if (ratio < 0.8 || p95 > 20) process.exitCode = 1;
  } finally {
    if (server) await stopChild(server);
    await db.drop();
  }
}

main().catch((err) => {
  console.error(`[bench] FAILED: ${(err as Error).message}`);
  process.exit(1);
});
