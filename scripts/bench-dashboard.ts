// npm run bench:dashboard [-- N]: dashboard API latency at scale. Builds a dataset
// of N events (default 10,000,000) from N/10 distinct end users, 50 features, 10
// teams and 30 catalog models over the 90 UTC days ending today, loaded with COPY
// (stored in time order, as ingest stores them)
// and then aggregated by the same rollup code ingest uses (rebuildDailyRollups:
// daily rollups, per-trace rollups and user sketches); ~15% of the events are
// steps of multi-step traces. The daily rows are then spread over 10 shards, as
// live ingest through 10 pooled connections writes them, and the finished days
// folded as the server folds them after ingest (today stays in shards). Then the production server answers every
// dashboard API for 7, 30 and 90-day ranges, 20 timed requests each (after 5
// untimed), one at a time, with a signed-in session. Last line is machine-readable.
// BENCH_KEEP_DATABASE=1 keeps the database it loads (and prints its URL);
// BENCH_DATABASE_URL=<that url> measures again without loading.
import os from "node:os";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pgConfigFromUrl } from "@/prisma/pg-config";
import { hashPassword } from "@/lib/auth/password";
import { createRng } from "@/lib/demo/random";
import { catalogPrice } from "@/lib/pricing/catalog";
import { computeCostNano, type UnitPrices } from "@/lib/pricing/cost";
import { defaultTier } from "@/lib/pricing/tiers";
import { rebuildDailyRollups } from "@/lib/rollups/rebuild";
import { foldDailyRollups } from "@/lib/rollups/compact-daily";
import { ROLLUP_COLUMNS, SUMMED } from "@/lib/rollups/sql";
import { getPool } from "@/lib/db";
import { EVALUATE_JOB, SWEEP_JOB } from "@/lib/alerts/job-names";
import { createTestDatabase } from "./lib/test-database";
import { ensureBuild } from "./lib/build";
import { ensurePrismaClient, migrate } from "./lib/database";
import { bin, elapsed, start, stopChild, waitForHttp } from "./lib/run";

const N = Number(process.argv[2] ?? process.env.BENCH_EVENTS ?? 10_000_000);
const USERS = Math.max(1, Math.round(N / 10));
const DAYS = 90;
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const TIMED = 20;
const WARM = Number(process.env.BENCH_WARM ?? 5);
const EMAIL = "bench@costwise.dev";
const PASSWORD = "bench-dashboard-password";
const log = (s: string) => console.log(`[bench] ${s}`);

const MODEL_NAMES = [
  "gpt-4o-mini", "gpt-4o", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "o3", "o4-mini", "o3-mini", "gpt-5", "gpt-5-mini", "gpt-5-nano",
  "claude-sonnet-4-20250514", "claude-3-5-haiku-20241022", "claude-opus-4-20250514", "claude-3-7-sonnet-20250219", "claude-3-5-sonnet-20241022",
  "claude-3-haiku-20240307", "gemini-2.0-flash", "gemini-2.5-pro", "gemini-2.5-flash", "gemini-1.5-pro", "gemini-1.5-flash",
  "gemini-2.0-flash-lite", "mistral-large-latest", "mistral-small-latest", "command-r-plus", "command-r", "deepseek-chat", "deepseek-reasoner",
  "gpt-4-turbo", "gpt-3.5-turbo", "claude-3-opus-20240229",
];

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type Model = { provider: string; model: string; prices: UnitPrices };

function pickModels(): Model[] {
  const out: Model[] = [];
  for (const name of MODEL_NAMES) {
    const p = catalogPrice(name);
    if (p && out.length < 30) out.push({ provider: p.provider, model: p.model, prices: p.prices });
  }
  if (out.length < 30) throw new Error(`only ${out.length} of the benchmark's models are in the price catalog`);
  return out;
}

/** Org, 10 teams, 50 features (a mix of revenue models, revenue and other costs), 30 models, an admin. */
async function seedOrg(db: pg.Client, models: Model[], today: number) {
  const { rows: [org] } = await db.query(`INSERT INTO orgs (name, slug) VALUES ('Bench', 'bench') RETURNING id`);
  const teams: string[] = [];
  for (let t = 0; t < 10; t++) {
    const { rows: [r] } = await db.query(`INSERT INTO teams (org_id, key, name) VALUES ($1, $2, $3) RETURNING id`, [org.id, `team-${t}`, `Team ${t}`]);
    teams.push(r.id);
  }
  const features: { id: string; team: string }[] = [];
  for (let f = 0; f < 50; f++) {
    const model = ["monthly", "monthly", "monthly", "per_request", "per_user"][f % 5];
    const price = model === "per_request" ? 2_000_000 : model === "per_user" ? 500_000_000 : null;
    const { rows: [r] } = await db.query(
      `INSERT INTO features (org_id, key, name, team_id, revenue_model, unit_price_nano) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [org.id, `feature-${String(f).padStart(2, "0")}`, `Feature ${f}`, teams[f % 10], model, price],
    );
    features.push({ id: r.id, team: teams[f % 10] });
    for (let m = 0; m < 4; m++) {
      const month = isoDay(Date.UTC(new Date(today).getUTCFullYear(), new Date(today).getUTCMonth() - m, 1));
      if (model === "monthly") await db.query(`INSERT INTO feature_revenues (org_id, feature_id, month, amount_nano) VALUES ($1, $2, $3, $4)`, [org.id, r.id, month, (f + 1) * 1_000_000_000_000]);
      if (f % 3 === 0) await db.query(`INSERT INTO feature_costs (org_id, feature_id, month, category, amount_nano) VALUES ($1, $2, $3, 'vector_db', $4)`, [org.id, r.id, month, 250_000_000_000]);
    }
  }
  for (const m of models) {
    await db.query(`INSERT INTO model_tiers (org_id, provider, model, tier) VALUES ($1, $2, $3, $4)`, [org.id, m.provider, m.model, defaultTier(m.prices)]);
  }
  const { rows: [user] } = await db.query(`INSERT INTO users (email, name, password_hash) VALUES ($1, 'Bench', $2) RETURNING id`, [EMAIL, await hashPassword(PASSWORD)]);
  await db.query(`INSERT INTO memberships (org_id, user_id, role) VALUES ($1, $2, 'admin')`, [org.id, user.id]);
  return { orgId: org.id as string, teams, features };
}

/** quality_score, hallucination, guardrail_blocked as COPY text: all three on 60% of events, else \N (null). */
function qualityColumns(rng: ReturnType<typeof createRng>): string {
  if (!rng.chance(0.6)) return "\\N\t\\N\t\\N";
  return `${(0.6 + rng.next() * 0.4).toFixed(4)}\t${rng.chance(0.04) ? "t" : "f"}\t${rng.chance(0.005) ? "t" : "f"}`;
}

/** The events as COPY text in ~1 MB chunks: skewed over features, 3 models per feature, every user at least once. */

/** Share of events (after the first USERS, which meet every user once) that start a multi-step trace; with 5 steps on average, ~15% of all events are trace steps. */
const TRACE_START = 0.0385;

/**
 * The events as COPY text in ~1 MB chunks: skewed over features, 3 models per
 * feature, every user at least once; ~15% of events are steps of multi-step
 * traces (2–8 steps of one feature and user, seconds apart, children of the first
 * step's span), the rest untraced.
 */
async function* eventChunks(orgId: string, features: { id: string; team: string }[], models: Model[], first: number): AsyncGenerator<string> {
  const rng = createRng(20261125);
  // quality signals on 60% of events, from their own generator so every other column stays as it was
  const qrng = createRng(20261204);
  // Zipf-like feature weights: feature k has weight 1/(k+1)
  const cumulative: number[] = [];
  let total = 0;
  for (let f = 0; f < features.length; f++) cumulative.push((total += 1 / (f + 1)));
  const pickFeature = (u: number) => {
    const x = u * total;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let chunk = "";
  // the trace being written: its id, root span, steps left, and the feature, user and time its next step reuses
  let trace: { id: string; root: string; left: number; f: number; user: number; ts: number } | null = null;
  for (let i = 0; i < N; i++) {
    if (!trace && i >= USERS && rng.chance(TRACE_START)) trace = { id: `t${i}`, root: `s${i}`, left: rng.int(2, 8), f: -1, user: 0, ts: 0 };
    const step = trace && trace.f >= 0 ? trace : null; // a later step of the current trace
    const f = step ? step.f : pickFeature(rng.next());
    const feature = features[f];
    const m = models[(f * 7 + (rng.next() < 0.7 ? 0 : rng.next() < 0.67 ? 1 : 2)) % models.length];
    // the first USERS events meet every user once; the rest favour a heavy head
    const user = step ? step.user : i < USERS ? (i * 7919) % USERS : Math.floor(USERS * rng.next() ** 2);
    const ts = step ? step.ts + rng.int(1, 20) * 1000 : first + Math.floor(rng.next() * DAYS * DAY_MS);
    const input = rng.int(200, 6000);
    const output = rng.int(20, 1200);
    const cached = rng.chance(0.3) ? Math.floor(input / 2) : 0;
    const cost = computeCostNano({ inputTokens: input, outputTokens: output, cachedInputTokens: cached, cacheWriteTokens: 0, reasoningTokens: 0 }, m.prices);
    const status = rng.chance(0.01) ? "error" : "ok";
    const spans = trace ? `${trace.id}\ts${i}\t${step ? trace.root : "\\N"}` : "\\N\t\\N\t\\N";
    chunk += `${orgId}\te${i}\t${new Date(ts).toISOString()}\t${m.provider}\t${m.model}\t${feature.team}\t${feature.id}\tu${user}\t${input}\t${output}\t${cached}\t${cost}\tcomputed\t${rng.int(150, 4000)}\t${status}\t${spans}\t${qualityColumns(qrng)}\n`;
    if (trace) {
      Object.assign(trace, { f, user, ts, left: trace.left - 1 });
      if (trace.left === 0) trace = null;
    }
    if (chunk.length > 1 << 20) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

/** The app's pool size: live ingest writes each (day, key)'s rows in up to this many shards. */
const INGEST_SHARDS = 10;

/** Replace each folded daily row with INGEST_SHARDS rows whose sums add up to it (shard 0 takes the remainders). */
function spreadOverShards(orgId: string): string {
  const part = (c: string) => (c === "quality_score_sum" ? `${c} / ${INGEST_SHARDS}` : `div(${c}, ${INGEST_SHARDS}) + CASE WHEN s = 0 THEN mod(${c}, ${INGEST_SHARDS}) ELSE 0 END`);
  return `WITH folded AS (DELETE FROM daily_rollups WHERE org_id = '${orgId}' RETURNING *)
    INSERT INTO daily_rollups (${ROLLUP_COLUMNS})
    SELECT org_id, day, team_id, feature_id, provider, model, requested_model, s, ${SUMMED.map(part).join(", ")}
      FROM folded, generate_series(0, ${INGEST_SHARDS - 1}) AS s`;
}

async function load(url: string, models: Model[]): Promise<void> {
  const db = new pg.Client(pgConfigFromUrl(url));
  await db.connect();
  try {
    const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
    const first = today - (DAYS - 1) * DAY_MS;
    const { orgId, teams, features } = await seedOrg(db, models, today);
    log(`org with ${teams.length} teams, ${features.length} features, ${models.length} models; COPY of ${N.toLocaleString("en-US")} events from ${USERS.toLocaleString("en-US")} users over ${isoDay(first)}..${isoDay(today)}…`);
    let t = Date.now();
    // staged, then stored in time order as live ingest stores them (SDKs flush as they go): the events' only
    // ts index is BRIN, which a randomly ordered table would defeat (a trace's steps, a cost sample)
    await db.query(`CREATE UNLOGGED TABLE bench_staging (LIKE usage_events INCLUDING DEFAULTS)`);
    const copy = db.query(copyFrom(`COPY bench_staging (org_id, event_id, ts, provider, model, team_id, feature_id, end_user_id, input_tokens, output_tokens, cached_input_tokens, cost_nano, cost_source, latency_ms, status, trace_id, span_id, parent_span_id, quality_score, hallucination, guardrail_blocked) FROM STDIN`));
    await pipeline(Readable.from(eventChunks(orgId, features, models, first)), copy);
    await db.query(`INSERT INTO usage_events SELECT * FROM bench_staging ORDER BY ts`);
    await db.query(`DROP TABLE bench_staging`);
    log(`COPY done in ${elapsed(t)}; rollups and user sketches (the ingest path's rollup code)…`);
    t = Date.now();
    await db.query("BEGIN");
    await rebuildDailyRollups(db, orgId);
    await db.query("COMMIT");
    log(`rollups done in ${elapsed(t)}; spreading the daily rows over ${INGEST_SHARDS} shards, as ${INGEST_SHARDS} pooled ingest connections write them…`);
    t = Date.now();
    await db.query(spreadOverShards(orgId));
    await db.query("VACUUM ANALYZE daily_rollups");
    // what the server does after ingest: finished days folded to one row per key, today left in shards
    process.env.DATABASE_URL = url;
    const days = await foldDailyRollups(orgId, new Date());
    await getPool().end();
    // the fold freed 90% of the table at once; a live table reuses that space day by day
    await db.query("VACUUM FULL daily_rollups");
    log(`spread and ${days} finished days folded in ${elapsed(t)}; VACUUM ANALYZE…`);
    await db.query("VACUUM ANALYZE");
  } finally {
    await db.end();
  }
}

/** next-auth credentials sign-in over HTTP; returns the Cookie header of the session. */
async function signIn(base: string): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  remember(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie(), origin: base },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, json: "true" }),
  });
  remember(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed (${res.status})`);
  return cookie();
}

/** The trace the workflows page lists first over 90 days (what a reader opens). */
async function dearestTrace(url: string): Promise<string> {
  const db = new pg.Client(pgConfigFromUrl(url));
  await db.connect();
  try {
    const { rows: [t] } = await db.query(`SELECT trace_id FROM trace_rollups WHERE steps >= 2 ORDER BY cost_nano DESC, trace_id LIMIT 1`);
    if (!t) throw new Error("the dataset has no multi-step trace");
    return t.trace_id as string;
  } finally {
    await db.end();
  }
}

/**
 * Wait until the server's first alert sweep (cron, each minute) and the evaluations
 * it queued have finished: an org's first anomaly pass over 10M events takes
 * seconds of database time, which would otherwise land inside one API's timings.
 * Later sweeps still run during the measurement, as they would in production.
 */
async function firstSweepDone(url: string, since: Date, timeoutMs = 180_000): Promise<void> {
  const db = new pg.Client(pgConfigFromUrl(url));
  await db.connect();
  try {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const { rows: [r] } = await db.query(
        `SELECT (SELECT count(*) FROM pgboss.job WHERE name = $2 AND state = 'completed' AND completed_on >= $1)::int AS swept,
                (SELECT count(*) FROM pgboss.job WHERE name = $3 AND state IN ('created', 'retry', 'active'))::int AS pending`,
        [since, SWEEP_JOB, EVALUATE_JOB],
      );
      if (r.swept > 0 && r.pending === 0) return;
      if (Date.now() > end) throw new Error("the server's first alert sweep did not finish in time");
      await new Promise((done) => setTimeout(done, 1000));
    }
  } finally {
    await db.end();
  }
}

type Measure = { api: string; range: string; p50: number; p95: number; max: number; bytes: number };

/** GET `path`, or POST `body` (JSON) to it, as the signed-in browser would. */
async function measure(base: string, cookie: string, api: string, path: string, range: string, body?: unknown): Promise<Measure> {
  const times: number[] = [];
  let bytes = 0;
  const init: RequestInit = body === undefined
    ? { headers: { cookie } }
    : { method: "POST", headers: { cookie, origin: base, "content-type": "application/json" }, body: JSON.stringify(body) };
  for (let i = 0; i < WARM + TIMED; i++) {
    const t = process.hrtime.bigint();
    const res = await fetch(`${base}${path}`, init);
    const body = await res.text();
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${body.slice(0, 300)}`);
    bytes = body.length;
    if (i >= WARM) times.push(ms);
  }
  times.sort((a, b) => a - b);
  const rank = (p: number) => times[Math.ceil(p * times.length) - 1];
  return { api, range, p50: rank(0.5), p95: rank(0.95), max: times[times.length - 1], bytes };
}

async function main() {
  await ensurePrismaClient();
  await ensureBuild(log);
  const models = pickModels();
  const reuse = process.env.BENCH_DATABASE_URL;
  if (reuse) await migrate(reuse);
  const db = reuse ? { url: reuse, drop: async () => {} } : await createTestDatabase(log);
  const keep = Boolean(reuse) || process.env.BENCH_KEEP_DATABASE === "1";
  let server: ReturnType<typeof start> | undefined;
  try {
    const probe = new pg.Client(pgConfigFromUrl(db.url));
    await probe.connect();
    const { rows: [have] } = await probe.query(`SELECT count(*)::int AS n FROM orgs WHERE slug = 'bench'`);
    await probe.end();
    const t0 = Date.now();
    if (have.n === 0) await load(db.url, models);
    else log("reusing the loaded dataset");
    log(`dataset ready in ${elapsed(t0)}`);

    const serverStart = new Date();
    server = start(process.execPath, [bin("next"), "start", "-p", String(PORT)], {
      DATABASE_URL: db.url, NEXTAUTH_SECRET: "bench", NEXTAUTH_URL: `http://localhost:${PORT}`, NEXT_TELEMETRY_DISABLED: "1",
    });
    const base = `http://localhost:${PORT}`;
    await waitForHttp(`${base}/api/health`, 60_000, server);
    const cookie = await signIn(base);
    log("waiting for the server's first alert sweep to finish…");
    await firstSweepDone(db.url, serverStart);
    const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
    const results: Measure[] = [];
    const traceId = await dearestTrace(db.url);
    for (const days of [7, 30, 90]) {
      const q = `from=${isoDay(today - (days - 1) * DAY_MS)}&to=${isoDay(today)}`;
      const range = { from: isoDay(today - (days - 1) * DAY_MS), to: isoDay(today) };
      const apis: [string, string, unknown?][] = [
        ["overview", `/api/v1/overview?${q}`],
        ["pnl", `/api/v1/pnl?${q}`],
        ["feature", `/api/v1/pnl/features/feature-00?${q}`],
        ["benchmarks", `/api/v1/benchmarks?${q}`],
        ["caching", `/api/v1/caching?${q}`],
        ["routing", `/api/v1/routing?${q}`],
        ["routing-feature", `/api/v1/routing?${q}&feature=feature-00`],
        ["simulate", "/api/v1/routing/simulate", { ...range, scenarios: [{ feature: "feature-00", sharePct: 50, tier: "mid" }, { feature: "feature-01", sharePct: 100, tier: "small" }] }],
        ["quality", `/api/v1/quality?${q}`],
        ["workflows", `/api/v1/workflows?${q}`],
        ["workflow", `/api/v1/workflows/${encodeURIComponent(traceId)}`],
      ];
      // BENCH_ONLY=overview,pnl measures a subset (while iterating on one API)
      const only = process.env.BENCH_ONLY?.split(",");
      for (const [api, path, body] of apis.filter(([a]) => !only || only.includes(a))) {
        const m = await measure(base, cookie, api, path, `${days}d`, body);
        log(`${api} ${days}d: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, max ${m.max.toFixed(1)} ms (${m.bytes.toLocaleString("en-US")} bytes)`);
        results.push(m);
      }
    }
    const slowest = results.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    console.log(`
| API | range | p50 ms | p95 ms | max ms | response bytes |
|---|---|---|---|---|---|
${results.map((r) => `| ${r.api} | ${r.range} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${r.bytes.toLocaleString("en-US")} |`).join("\n")}

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${N.toLocaleString("en-US")} events, ${USERS.toLocaleString("en-US")} users, ${TIMED} timed requests each after ${WARM} untimed, one at a time.
`);
    console.log(`RESULT events=${N} p95_ms_max=${slowest.p95.toFixed(1)} slowest=${slowest.api}:${slowest.range}`);
    if (slowest.p95 > 100) process.exitCode = 1;
  } finally {
    if (server) await stopChild(server);
    if (keep) log(`database kept: BENCH_DATABASE_URL=${db.url}`);
    else await db.drop();
  }
}

main().catch((err) => {
  console.error(`[bench] FAILED: ${(err as Error).message}`);
  process.exit(1);
});
