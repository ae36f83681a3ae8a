// Load generator for scripts/bench-budget-status.ts, run as its own process so it
// never shares the server's event loop: GET `url` over `concurrency` keep-alive
// connections for `seconds` (after a 2-second untimed warm-up), then print one
// JSON line: requests, req/s, latency percentiles and non-200 answers.
import http from "node:http";

const [url, authorization, concurrency, seconds] = process.argv.slice(2);
const C = Number(concurrency);
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: C });
const headers: Record<string, string> = authorization ? { authorization } : {};

function get(): Promise<{ status: number; ms: number }> {
  const t = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: "GET", agent, headers }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - t) / 1e6 }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function phase(ms: number): Promise<{ latencies: number[]; errors: number; seconds: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  const until = Date.now() + ms;
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (Date.now() < until) {
        const r = await get();
        latencies.push(r.ms);
        if (r.status !== 200) errors++;
      }
    }),
  );
  return { latencies, errors, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function main() {
  await phase(2_000);
  const { latencies, errors, seconds: s } = await phase(Number(seconds) * 1000);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  console.log(JSON.stringify({ requests: latencies.length, seconds: s, rps: latencies.length / s, p50: pct(50), p95: pct(95), p99: pct(99), max: latencies[latencies.length - 1], errors }));
  agent.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
