import { describe, expect, it } from "vitest";
import { generateWebhookSecret, newWebhookId, signWebhook, verifyWebhook, webhookHeaders } from "@/lib/webhooks/signing";

// The Standard Webhooks specification's published test vector (also in the svix
// and standard-webhooks reference libraries' tests): reproducing it exactly is
// what says a receiver's library will accept our signatures.
const SPEC = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

describe("Standard Webhooks signing", () => {
  it("reproduces the specification's example signature", () => {
    expect(signWebhook(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.body)).toBe(SPEC.signature);
  });

  it("verifies the example (among other signatures) within the tolerance, and refuses tampering or stale timestamps", () => {
    const headers = { id: SPEC.id, timestamp: String(SPEC.timestamp), signature: `v1,bm9wZQ== ${SPEC.signature}` };
    const at = new Date(SPEC.timestamp * 1000 + 60_000);
    expect(verifyWebhook(SPEC.secret, headers, SPEC.body, at)).toBe(true);
    expect(verifyWebhook(SPEC.secret, headers, '{"test": 2432232315}', at)).toBe(false);
    expect(verifyWebhook(SPEC.secret, { ...headers, id: "msg_other" }, SPEC.body, at)).toBe(false);
    expect(verifyWebhook(SPEC.secret, headers, SPEC.body, new Date(SPEC.timestamp * 1000 + 600_000))).toBe(false);
  });

  it("makes whsec_ secrets of 32 random bytes and msg_ ids", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
    expect(newWebhookId()).toMatch(/^msg_[0-9a-f]{32}$/);
  });

  it("gives each attempt headers with its own timestamp, signed over id.timestamp.body", () => {
    const now = new Date("2026-03-01T12:00:00.500Z");
    const h = webhookHeaders(SPEC.secret, SPEC.id, SPEC.body, now);
    expect(h["webhook-id"]).toBe(SPEC.id);
    expect(h["webhook-timestamp"]).toBe(String(Math.floor(now.getTime() / 1000)));
    expect(verifyWebhook(SPEC.secret, { id: h["webhook-id"], timestamp: h["webhook-timestamp"], signature: h["webhook-signature"] }, SPEC.body, now)).toBe(true);
  });
});
