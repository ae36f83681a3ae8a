// One webhook HTTP attempt: re-check the URL (DNS may have changed since it was
// saved), connect to exactly the address that passed the check (the Host header
// and TLS server name stay the hostname), POST the JSON, follow no redirects,
// give up after a timeout, and keep only a short snippet of the response.
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { checkWebhookUrl, privateWebhooksAllowed, systemResolver, UnsafeWebhookUrl, type Resolver } from "@/lib/webhooks/address";

/** `refused`: the URL was not called because it is not allowed (retrying will not help). */
export type SendResult = { status: number | null; error: string | null; durationMs: number; ok: boolean; refused?: boolean };

export type SendOptions = { resolve?: Resolver; allowPrivate?: boolean; timeoutMs?: number };

const SNIPPET_BYTES = 256;

/** POST `body` to `rawUrl` with `headers`; never throws (errors are part of the result). */
export async function sendWebhook(rawUrl: string, headers: Record<string, string>, body: string, opts: SendOptions = {}): Promise<SendResult> {
  const started = Date.now();
  const done = (status: number | null, error: string | null): SendResult => ({ status, error, durationMs: Date.now() - started, ok: status !== null && status >= 200 && status < 300 });
  let checked;
  try {
    checked = await checkWebhookUrl(rawUrl, opts.resolve ?? systemResolver, opts.allowPrivate ?? privateWebhooksAllowed());
  } catch (err) {
    const transient = err instanceof UnsafeWebhookUrl && err.transient;
    return { ...done(null, transient ? (err as Error).message : `refused: ${(err as Error).message}`), refused: !transient };
  }
  const { url, address } = checked;
  const family = address.includes(":") ? 6 : 4;
  // Every connection this request opens goes to the checked address.
  const pinned: LookupFunction = (_host, options, cb) => {
    if ((options as { all?: boolean }).all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else cb(null, address, family);
  };
  const transport = url.protocol === "https:" ? https : http;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  return new Promise<SendResult>((resolvePromise) => {
    // the whole attempt (connect, send, response) has one deadline, so a slow drip cannot hold a worker
    const timer = setTimeout(() => req.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    const resolve = (r: SendResult) => {
      clearTimeout(timer);
      resolvePromise(r);
    };
    const req = transport.request(
      url,
      {
        method: "POST",
        lookup: pinned,
        agent: false,
        headers: { "content-type": "application/json", "user-agent": "Costwise-Webhooks/1", "content-length": Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          if (size < SNIPPET_BYTES) chunks.push(c);
          size += c.length;
          if (size >= SNIPPET_BYTES) res.destroy();
        });
        const finish = () => {
          const snippet = Buffer.concat(chunks).subarray(0, SNIPPET_BYTES).toString("utf8").trim();
          if (status >= 200 && status < 300) resolve(done(status, null));
          else if (status >= 300 && status < 400) resolve(done(status, `redirect to ${res.headers.location ?? "?"} not followed`));
          else resolve(done(status, snippet ? `HTTP ${status}: ${snippet}` : `HTTP ${status}`));
        };
        res.on("end", finish);
        res.on("close", finish); // destroyed after the snippet, or the peer hung up
        res.on("error", () => {});
      },
    );
    req.on("error", (err) => resolve(done(null, err.message)));
    req.end(body);
  });
}
