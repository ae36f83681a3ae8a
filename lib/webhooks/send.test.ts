// The sender against a real local HTTP server: the connection goes to the address
// that passed the check (whatever DNS says later), redirects are not followed, a
// slow receiver times out, and a private address is refused at send time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { sendWebhook } from "@/lib/webhooks/send";
import { startReceiver } from "@/test/webhook-receiver";

describe("sendWebhook", () => {
  let rx: Awaited<ReturnType<typeof startReceiver>>;
  let slow: http.Server;
  let slowPort: number;
  beforeAll(async () => {
    rx = await startReceiver();
    slow = http.createServer(() => {}); // never answers
    await new Promise<void>((r) => slow.listen(0, "127.0.0.1", r));
    slowPort = (slow.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await rx.close();
    slow.closeAllConnections();
    await new Promise((r) => slow.close(r));
  });

  it("connects to the checked address while keeping the hostname as Host (DNS is asked once, then pinned)", async () => {
    let lookups = 0;
    const resolve = async () => (lookups++, ["127.0.0.1"]);
    const res = await sendWebhook(`http://hooks.example.test:${rx.port}/pinned`, { "webhook-id": "msg_1" }, '{"a":1}', { resolve, allowPrivate: true });
    expect(res).toMatchObject({ ok: true, status: 200, error: null });
    expect(lookups).toBe(1);
    const [got] = rx.at("/pinned");
    expect(got.headers.host).toBe(`hooks.example.test:${rx.port}`);
    expect(got.headers["content-type"]).toBe("application/json");
    expect(got.headers["webhook-id"]).toBe("msg_1");
    expect(got.body).toBe('{"a":1}');
  });

  it("refuses at send time when the host now resolves to a private address (rebinding), without connecting", async () => {
    const res = await sendWebhook(`http://hooks.example.test:${rx.port}/rebound`, {}, "{}", { resolve: async () => ["127.0.0.1"], allowPrivate: false });
    expect(res).toMatchObject({ ok: false, status: null, refused: true });
    expect(res.error).toMatch(/^refused: hooks\.example\.test resolves to 127\.0\.0\.1/);
    expect(rx.at("/rebound")).toHaveLength(0);
  });

  it("treats a name that does not resolve as a transient failure", async () => {
    const res = await sendWebhook("https://nowhere.example.test/x", {}, "{}", { resolve: async () => { throw new Error("ENOTFOUND"); }, allowPrivate: false });
    expect(res).toMatchObject({ ok: false, refused: false, error: "the host nowhere.example.test could not be resolved" });
  });

  it("does not follow redirects, and keeps only a short snippet of an error body", async () => {
    rx.script("/redirect", [302]);
    const r = await sendWebhook(rx.url("/redirect"), {}, "{}", { allowPrivate: true });
    expect(r).toMatchObject({ ok: false, status: 302, error: "redirect to http://169.254.169.254/latest/meta-data not followed" });
    rx.script("/error", [500]);
    const e = await sendWebhook(rx.url("/error"), {}, "{}", { allowPrivate: true });
    expect(e.status).toBe(500);
    expect(e.error!.length).toBeLessThan(300);
  });

  it("gives up on a receiver that does not answer in time", async () => {
    const r = await sendWebhook(`http://127.0.0.1:${slowPort}/`, {}, "{}", { allowPrivate: true, timeoutMs: 200 });
    expect(r).toMatchObject({ ok: false, status: null, error: "timed out after 200 ms" });
    expect(r.durationMs).toBeGreaterThanOrEqual(190);
  });

  it("reports a refused connection as an error", async () => {
    const r = await sendWebhook("http://127.0.0.1:1/", {}, "{}", { allowPrivate: true });
    expect(r).toMatchObject({ ok: false, status: null });
    expect(r.error).toMatch(/ECONNREFUSED/);
  });
});
