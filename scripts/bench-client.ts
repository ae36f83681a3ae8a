// Benchmark load generator, run as its own process: sends pre-serialised batches
// over keep-alive connections with fixed concurrency and prints a JSON summary.
import http from "node:http";
import { benchEvent } from "./lib/bench-events";

const [url, key, total, batchSize, concurrency, runId, base] = process.argv.slice(2);
const N = Number(total), B = Number(batchSize), C = Number(concurrency);

const bodies: Buffer[] = [];
for (let i = 0; i < N; i += B) {
  const batch = [];
  for (let j = i; j < Math.min(N, i + B); j++) batch.push(benchEvent(j, runId, Number(base)));
  bodies.push(Buffer.from(JSON.stringify({ batch })));
}

const agent = new http.Agent({ keepAlive: true, maxSockets: C });
const target = new URL(url);

function send(body: Buffer): Promise<{ status: number; ms: number; accepted: number; duplicate: number; rejected: number }> {
  const t = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: "POST", agent,
        headers: { "content-type": "application/json", "content-length": body.length, authorization: `Bearer ${key}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const ms = Number(process.hrtime.bigint() - t) / 1e6;
          const parsed = JSON.parse(Buffer.concat(chunks).toString());
          resolve({ status: res.statusCode ?? 0, ms, accepted: parsed.accepted ?? 0, duplicate: parsed.duplicate ?? 0, rejected: parsed.rejected ?? 0 });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function main() {
  // warm-up: one small request so first-call compilation isn't measured
  await send(Buffer.from(JSON.stringify({ batch: [benchEvent(N, `warm-${runId}`, Number(base))] })));
  const latencies: number[] = [];
  const counts = { accepted: 0, duplicate: 0, rejected: 0, errors: 0 };
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const r = await send(body);
        latencies.push(r.ms);
        if (r.status !== 200) counts.errors++;
        counts.accepted += r.accepted;
        counts.duplicate += r.duplicate;
        counts.rejected += r.rejected;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  console.log(JSON.stringify({ seconds, requests: latencies.length, ...counts, p50: pct(50), p99: pct(99), max: latencies[latencies.length - 1] }));
  agent.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
